package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DriverException;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformMismatchException;
import org.switchover.lab.LabSpec;
import org.switchover.lab.SwitchCredentials;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcErrorException;
import org.switchover.platform.PlatformDrivers;
import org.switchover.driver.PlatformDriver;
import org.switchover.lab.Lab;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.platform.PlatformDriverContract;

/**
 * The driver contract for Junos, against junos lab switches (EX-style ports ge-0/0/0..7). Junos
 * counts confirm timeouts in minutes; the lab's switch {@code a} makes a minute last a second so
 * the timeout test does not wait a whole minute.
 */
class JunosDriverContractTest extends PlatformDriverContract {

    private static final SwitchCredentials ADMIN = SwitchCredentials.password("admin", "junos-secret");
    private static final SwitchModel EX = new SwitchModel("EX2300-LAB-8", "Juniper Networks", "23.4R2.13", ports());

    private static List<String> ports() {
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < 8; i++) ports.add("ge-0/0/" + i);
        return ports;
    }

    @Override
    protected SwitchPlatform platform() {
        return SwitchPlatform.JUNOS;
    }

    @Override
    protected SwitchModel model() {
        return EX;
    }

    @Override
    protected String portName(int n) {
        return "ge-0/0/" + (n - 1);
    }

    private Lab junosLab;

    @Override
    protected void tune(Lab lab) {
        this.junosLab = lab;
        lab.get("a").shortenJunosMinute(Duration.ofSeconds(1));
    }

    @Override
    protected boolean hasCapabilityFallbacks() {
        return false;
    }

    @Override
    protected ConfigPayload golden(String device, String hostname) {
        String xml = """
                <configuration xmlns="http://yang.juniper.net/junos-ex/conf/root">
                  <system xmlns="http://yang.juniper.net/junos-ex/conf/system"><host-name>%s</host-name></system>
                  <interfaces xmlns="http://yang.juniper.net/junos-ex/conf/interfaces">
                    <interface><name>ge-0/0/0</name><description>to peer</description>
                      <unit><name>0</name><family><ethernet-switching><interface-mode>access</interface-mode>
                        <vlan><members>public</members></vlan></ethernet-switching></family></unit></interface>
                    <interface><name>ge-0/0/1</name>
                      <unit><name>0</name><family><ethernet-switching><interface-mode>trunk</interface-mode>
                        <vlan><members>public</members><members>social</members></vlan></ethernet-switching></family></unit></interface>
                    <interface><name>ge-0/0/2</name>
                      <unit><name>0</name><family><ethernet-switching><interface-mode>trunk</interface-mode></ethernet-switching></family></unit></interface>
                  </interfaces>
                  <vlans xmlns="http://yang.juniper.net/junos-ex/conf/vlans">
                    <vlan><name>public</name><vlan-id>10</vlan-id></vlan>
                    <vlan><name>social</name><vlan-id>20</vlan-id></vlan>
                  </vlans>
                  <protocols xmlns="http://yang.juniper.net/junos-ex/conf/protocols"><lldp><interface><name>all</name></interface></lldp></protocols>
                </configuration>
                """.formatted(hostname);
        return new ConfigPayload(device, xml, List.of(JunosConfig.CONFIGURATION));
    }

    @Override
    protected String peerConfig(String hostname) {
        return "<configuration xmlns=\"http://yang.juniper.net/junos-ex/conf/root\"><system xmlns=\"http://yang.juniper.net/junos-ex/conf/system\">"
                + "<host-name>" + hostname + "</host-name></system><interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\">"
                + "<interface><name>ge-0/0/0</name></interface><interface><name>ge-0/0/1</name></interface>"
                + "<interface><name>ge-0/0/2</name></interface></interfaces></configuration>";
    }

    @Override
    protected String descriptionEdit(String port, String description) {
        return "<configuration xmlns=\"http://yang.juniper.net/junos-ex/conf/root\"><interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\">"
                + "<interface><name>" + port + "</name><description>" + description + "</description></interface></interfaces></configuration>";
    }

    @Override
    protected String descriptionPath(String port) {
        return "/configuration/interfaces/interface[name=" + port + "]/description";
    }

    /** Configuration a real EX carries that no site models: its management interface and its default VLAN. */
    private static final String UNMANAGED = "<configuration xmlns=\"http://yang.juniper.net/junos-ex/conf/root\">"
            + "<interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\"><interface><name>em0</name>"
            + "<description>out-of-band management</description></interface></interfaces>"
            + "<vlans xmlns=\"http://yang.juniper.net/junos-ex/conf/vlans\"><vlan><name>default</name><vlan-id>1</vlan-id></vlan></vlans>"
            + "</configuration>";

    @Test
    void aReplaceAndItsRollbackLeaveWhatTheSiteDoesNotModelAsItWas() {
        try (NetconfSession console = session("a")) {
            console.editConfig(org.switchover.netconf.EditConfig.of(org.switchover.netconf.Datastore.CANDIDATE, UNMANAGED));
            console.commit();
        }
        try (PlatformDriver d = driver("a")) {
            assertThat(d.compliance(golden("a", "core-a")).render()).as("what the site does not model is not drift").isEmpty();
            d.loadCandidate(golden("a", "core-a-new"), LoadMode.REPLACE);
            assertThat(d.compare().changes()).singleElement().satisfies(c -> assertThat(c.after()).isEqualTo("core-a-new"));
            d.confirm(d.commitConfirmed(Duration.ofSeconds(60), "keep-1").persistId());
            assertThat(unmanagedStillThere()).isTrue();
            d.rollback();
            assertThat(d.compliance(golden("a", "core-a")).render()).isEmpty();
            assertThat(unmanagedStillThere()).isTrue();
        }
    }

    private boolean unmanagedStillThere() {
        try (NetconfSession console = session("a")) {
            String running = org.switchover.platform.DeviceXml.print(console.getConfig(org.switchover.netconf.Datastore.RUNNING,
                    java.util.Optional.empty()));
            return running.contains("<name>em0</name>") && running.contains("out-of-band management")
                    && running.contains("<name>default</name>") && running.contains("<vlan-id>1</vlan-id>");
        }
    }

    @Test
    void aCommitJunosRefusesIsAnRpcErrorWithTheJunosDetailAndChangesNothing() {
        junosLab.get("a").store().rejectNextCommit();
        try (PlatformDriver d = driver("a")) {
            d.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
            assertThatThrownBy(() -> d.commitConfirmed(Duration.ofSeconds(60), "refused-1"))
                    .isInstanceOf(DriverException.class)
                    .hasMessageContaining("commit confirmed on a failed")
                    .hasMessageContaining("commit rejected by the switch")
                    .hasMessageContaining("configuration check-out failed")
                    .cause().isInstanceOfSatisfying(RpcErrorException.class, e -> {
                        assertThat(e.operation()).isEqualTo("commit-configuration");
                        assertThat(e.first().info()).containsEntry("source-daemon", "mgd");
                    });
            d.discard();
            assertThat(d.compliance(golden("a", "core-a")).render()).isEmpty();
        }
    }

    @Test
    void anOpenconfigSwitchIsRefusedByTheJunosDriverNamingWhatIsMissing(@TempDir Path tmp) throws Exception {
        try (Lab other = Lab.start(new LabSpec(tmp, List.of(
                LabSpec.SwitchSpec.of("oc", SwitchPlatform.OPENCONFIG, SwitchModel.numbered("LAB-2", "Ethernet", 2), "", ADMIN)), List.of()));
                NetconfSession s = NetconfClient.connect(ConnectOptions.of("oc", "127.0.0.1", other.get("oc").port(),
                        new Credentials.Password("admin", "junos-secret"), HostKeyPolicy.strict(other.knownHosts())))) {
            assertThatThrownBy(() -> PlatformDrivers.open("junos", s)).isInstanceOf(PlatformMismatchException.class)
                    .hasMessageContaining("does not look like a 'junos' switch")
                    .hasMessageContaining("http://xml.juniper.net/netconf/junos/1.0")
                    .hasMessageContaining("YANG module junos-ex-conf-root");
        }
    }

    @Test
    void aConfirmedCommitSaysItsTimeoutInJunosMinutes() {
        try (PlatformDriver d = driver("a")) {
            d.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
            // 29.5 minutes: Junos gets 30 (the lab's switch a makes each last a second)
            CommitResult r = d.commitConfirmed(Duration.ofSeconds(1770), "minutes-1");
            assertThat(r.emulated()).isFalse();
            assertThat(r.note()).contains("after 30 min").contains("1770 s asked").contains("without persist");
            assertThat(d.confirmedCommitPersists()).isFalse();
            d.cancel("minutes-1");
            assertThat(d.compliance(golden("a", "core-a")).render()).isEmpty();
        }
    }
}
