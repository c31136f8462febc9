package org.switchover.platform.iosxe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.driver.DriverException;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.config.SwitchFeatures;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.NetconfDriver;
import org.switchover.platform.PlatformDriverContract;

/**
 * The driver contract for the iosxe platform: switch {@code a} with the candidate datastore
 * enabled (as {@code netconf-yang feature candidate-datastore} does on a Catalyst: candidate and
 * confirmed commit, running not writable), {@code nocand} as a Catalyst comes (running only, so the
 * driver emulates confirmed commit), plus what only IOS-XE does.
 */
class IosXeDriverContractTest extends PlatformDriverContract {

    static final String NATIVE = "xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-native\"";
    static final String SWITCH = "xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-switch\"";
    static final String VLAN = "xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-vlan\"";
    static final String LLDP = "xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-lldp\"";

    @Override
    protected SwitchPlatform platform() {
        return SwitchPlatform.IOSXE;
    }

    @Override
    protected SwitchFeatures features() {
        return SwitchFeatures.iosxe(true);
    }

    @Override
    protected SwitchFeatures withoutCandidate() {
        return SwitchPlatform.IOSXE.defaultFeatures();
    }

    @Override
    protected ConfigPayload golden(String device, String hostname) {
        String xml = """
                <native %s>
                  <hostname>%s</hostname>
                  <vlan>
                    <vlan-list %s><id>10</id><name>public</name></vlan-list>
                    <vlan-list %s><id>20</id><name>social</name></vlan-list>
                  </vlan>
                  <interface>
                    <Ethernet><name>1</name><description>to peer</description>
                      <switchport-config><switchport>
                        <access %s><vlan><vlan>10</vlan></vlan></access>
                        <mode %s><access/></mode>
                      </switchport></switchport-config>
                      <lldp %s><transmit>true</transmit><receive>true</receive></lldp>
                    </Ethernet>
                    <Ethernet><name>2</name>
                      <switchport-config><switchport>
                        <mode %s><trunk/></mode>
                        <trunk %s><allowed><vlan-v2><vlan-choices><vlans>10,20</vlans></vlan-choices></vlan-v2></allowed></trunk>
                      </switchport></switchport-config>
                    </Ethernet>
                    <Ethernet><name>3</name><mtu>9198</mtu></Ethernet>
                  </interface>
                  <lldp %s><run/></lldp>
                </native>
                """.formatted(NATIVE, hostname, VLAN, VLAN, SWITCH, SWITCH, LLDP, SWITCH, SWITCH, LLDP);
        return new ConfigPayload(device, xml, List.of(new Subtree(IosXePlatform.NATIVE, "native")));
    }

    @Override
    protected String peerConfig(String hostname) {
        return "<native " + NATIVE + "><hostname>" + hostname + "</hostname><interface>"
                + "<Ethernet><name>1</name></Ethernet><Ethernet><name>2</name></Ethernet><Ethernet><name>3</name></Ethernet>"
                + "</interface><lldp " + LLDP + "><run/></lldp></native>";
    }

    @Override
    protected String descriptionEdit(String port, String description) {
        InterfaceName name = InterfaceName.parse(port);
        return "<native " + NATIVE + "><interface><" + name.type() + "><name>" + name.number() + "</name><description>"
                + description + "</description></" + name.type() + "></interface></native>";
    }

    @Override
    protected String descriptionPath(String port) {
        InterfaceName name = InterfaceName.parse(port);
        return "/native/interface/" + name.type() + "[name=" + name.number() + "]/description";
    }

    @Override
    protected String withUnknownPort(String xml) {
        return xml.replace("<name>3</name>", "<name>99</name>");
    }

    @Test
    void aCatalystAsItComesHasNoCandidateSoTheRunSaysTheSafetyNetIsEmulated() {
        try (NetconfSession s = session("nocand")) {
            Capabilities caps = s.serverCapabilities();
            assertThat(caps.candidate()).isFalse();
            assertThat(caps.writableRunning()).isTrue();
            assertThat(caps.hasModule("Cisco-IOS-XE-native")).isTrue();
        }
        try (PlatformDriver d = driver("nocand")) {
            assertThat(((NetconfDriver) d).support().candidate()).isFalse();
            d.loadCandidate(golden("nocand", "core-a-xe"), LoadMode.REPLACE);
            CommitResult r = d.commitConfirmed(Duration.ofSeconds(60), "xe-1");
            assertThat(r.emulated()).isTrue();
            assertThat(r.note()).contains("has no :candidate").contains("straight into running").contains("restores the copy");
            d.confirm("xe-1");
            assertThat(d.compliance(golden("nocand", "core-a-xe")).render()).isEmpty();
            d.loadCandidate(golden("nocand", "core-a"), LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "xe-2");
            d.confirm("xe-2");
        }
    }

    @Test
    void withTheCandidateEnabledRunningIsNotWritableAndCommitsAreConfirmedByTheDevice() {
        try (NetconfSession s = session("a")) {
            assertThat(s.serverCapabilities().candidate()).isTrue();
            assertThat(s.serverCapabilities().confirmedCommit()).isTrue();
            assertThat(s.serverCapabilities().writableRunning()).isFalse();
        }
    }

    @Test
    void sessionLossWithoutCandidateRestoresTheSavedCopyWhileTheControllerRuns() {
        PlatformDriver d = driver("nocand");
        d.loadCandidate(golden("nocand", "core-a-lost"), LoadMode.REPLACE);
        d.commitConfirmed(Duration.ofSeconds(60), "xe-lost");
        d.close();
        try (PlatformDriver again = driver("nocand")) {
            assertThat(again.facts().hostname()).as("the emulated commit is rolled back as its session ends").isEqualTo("core-a");
            assertThatThrownBy(() -> again.confirm("xe-lost")).isInstanceOf(DriverException.class)
                    .hasMessageContaining("no confirmed commit 'xe-lost' is pending");
        }
    }

    @Test
    void aPortTheHardwareLacksIsRefusedAsIosXeRefusesACliLine() {
        ConfigPayload good = golden("nocand", "core-a");
        ConfigPayload bad = new ConfigPayload("nocand", withUnknownPort(good.xml()), good.ownedSubtrees());
        try (PlatformDriver d = driver("nocand")) {
            assertThatThrownBy(() -> d.loadCandidate(bad, LoadMode.REPLACE))
                    .isInstanceOf(DriverException.class)
                    .hasMessageContaining("operation-failed")
                    .hasMessageContaining("Device refused one or more commands")
                    .hasMessageContaining("interface Ethernet99")
                    .hasMessageContaining("nothing was changed");
        }
    }

    @Test
    void factsNameTheChassisFromTheHardwareOperModel() {
        try (PlatformDriver d = driver("nocand")) {
            assertThat(d.facts().model()).isEqualTo(MODEL.name());
            assertThat(d.facts().ports()).startsWith("Ethernet1", "Ethernet2");
        }
    }
}
