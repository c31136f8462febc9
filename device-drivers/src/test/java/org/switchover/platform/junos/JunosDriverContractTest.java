package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
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

    @Override
    protected void tune(Lab lab) {
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
                    <interface><name>ge-0/0/2</name></interface>
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
