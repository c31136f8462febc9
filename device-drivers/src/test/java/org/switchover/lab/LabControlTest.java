package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.netconf.Datastore;

/** Faults injected into a running lab from another process through its control socket. */
class LabControlTest {
    @TempDir Path dir;

    @Test
    void commandsReachTheLabAndMistakesAreExplained() throws Exception {
        try (Lab lab = Lab.start(LabFixtures.pair(dir)); LabControl control = LabControl.start(lab)) {
            assertThat(Files.readString(control.file())).startsWith("127.0.0.1:");
            assertThat(LabControl.send(dir, "power-off b")).startsWith("ok b is powered off");
            assertThat(lab.get("b").powered()).isFalse();
            assertThat(LabControl.send(dir, "status")).contains("b 127.0.0.1:" + lab.get("b").port() + " OFF");
            assertThat(LabControl.send(dir, "power-on b")).startsWith("ok");
            assertThat(LabControl.send(dir, "move b:Ethernet2 b:Ethernet7")).startsWith("ok");
            assertThat(lab.topology().cabledTo(Topology.Endpoint.parse("b:Ethernet2"))).isEmpty();
            assertThat(lab.topology().cabledTo(Topology.Endpoint.parse("b:Ethernet7"))).contains(Topology.Endpoint.parse("a:Ethernet1"));
            assertThat(LabControl.send(dir, "hold-lock a candidate")).contains("is locked by session");
            assertThat(lab.get("a").store().lockHolder(Datastore.CANDIDATE)).isPresent();
            assertThat(LabControl.send(dir, "release-locks a")).startsWith("ok");
            assertThat(lab.get("a").store().lockHolder(Datastore.CANDIDATE)).isEmpty();
            assertThat(LabControl.send(dir, "fail-port a:Ethernet9")).startsWith("error").contains("has no port 'Ethernet9'");
            assertThat(LabControl.send(dir, "explode a")).startsWith("error unknown lab command 'explode'");
            assertThat(LabControl.send(dir, "delay a soon")).contains("MILLIS 'soon' is not a non-negative whole number");

            Files.writeString(control.file(), Files.readString(control.file()).replaceAll(" \\w+\\n$", " forged\n"));
            assertThat(LabControl.send(dir, "power-off a")).startsWith("error the control token does not match");
            assertThat(lab.get("a").powered()).isTrue();
        }
        assertThatThrownBy(() -> LabControl.send(dir, "status")).isInstanceOf(IOException.class).hasMessageContaining("no running lab");
    }
}
