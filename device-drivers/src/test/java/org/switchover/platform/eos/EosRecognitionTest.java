package org.switchover.platform.eos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PlatformMismatchException;
import org.switchover.lab.Lab;
import org.switchover.lab.LabFixtures;
import org.switchover.lab.LabSpec;
import org.switchover.lab.LabSpec.SwitchSpec;
import org.switchover.lab.SwitchPlatform;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.NetconfDriver;
import org.switchover.platform.PlatformDrivers;

/** An EOS switch is told apart from a generic OpenConfig one by Arista's modules in its hello, both ways. */
class EosRecognitionTest {

    @TempDir Path dir;

    @Test
    void eachDriverRecognisesItsOwnSwitchAndRefusesTheOtherNamingWhatItSaw() throws Exception {
        String config = LabFixtures.ocSwitch("sw", "Ethernet1");
        LabSpec spec = new LabSpec(dir, List.of(
                SwitchSpec.of("oc", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL, config, LabFixtures.ADMIN),
                SwitchSpec.of("arista", SwitchPlatform.EOS, LabFixtures.MODEL, config, LabFixtures.ADMIN)), List.of());
        try (Lab lab = Lab.start(spec)) {
            try (NetconfSession s = session(lab, "oc")) {
                assertThatThrownBy(() -> PlatformDrivers.open("eos", s))
                        .isInstanceOf(PlatformMismatchException.class)
                        .hasMessageContaining("oc does not look like a 'eos' switch")
                        .hasMessageContaining("YANG module arista-intf-deviations");
            }
            try (NetconfSession s = session(lab, "arista")) {
                assertThatThrownBy(() -> PlatformDrivers.open("openconfig", s))
                        .isInstanceOf(PlatformMismatchException.class)
                        .hasMessageContaining("arista is Arista EOS (it announces arista-")
                        .hasMessageContaining("set platform: eos");
            }
            try (PlatformDriver d = PlatformDrivers.open("eos", session(lab, "arista"))) {
                assertThat(((NetconfDriver) d).platform()).isEqualTo("eos");
                assertThat(((NetconfDriver) d).support().persist()).as("EOS announces :confirmed-commit:1.1").isTrue();
                assertThat(d.facts().hostname()).isEqualTo("sw");
            }
        }
    }

    private static NetconfSession session(Lab lab, String name) {
        return NetconfClient.connect(ConnectOptions.of(name, "127.0.0.1", lab.get(name).port(),
                new Credentials.Password("admin", "lab-secret"), HostKeyPolicy.strict(lab.knownHosts())));
    }
}
