package org.switchover.platform.iosxe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.driver.DriverException;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.Secrets;
import org.switchover.driver.VlanState;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.config.SwitchFeatures;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.NetconfDriver;
import org.switchover.platform.PlatformDriverContract;
import org.w3c.dom.Element;

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

    /** The VLAN of the lab's unmanaged management configuration, which no golden renders. */
    @Override
    protected List<VlanState> unmanagedVlans() {
        return List.of(new VlanState(999, "oob-cameras"));
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
                    <Ethernet><name>3</name><mtu>9198</mtu>
                      <switchport-config><switchport>
                        <mode %s><trunk/></mode>
                        <trunk %s><allowed><vlan-v2><vlan-choices><none/></vlan-choices></vlan-v2></allowed></trunk>
                      </switchport></switchport-config>
                    </Ethernet>
                  </interface>
                  <lldp %s><run/></lldp>
                </native>
                """.formatted(NATIVE, hostname, VLAN, VLAN, SWITCH, SWITCH, LLDP, SWITCH, SWITCH, SWITCH, SWITCH, LLDP);
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

    @Test
    void anEmulatedReplaceAndItsRollbackLeaveEverythingOutsideTheOwnedAreasByteForByte() {
        List<String> before = unmanaged("nocand");
        assertThat(String.join("", before)).contains("netops", "Mgmt-vrf", "<time-out>60</time-out>", "oob-cameras", "<name>0/0</name>");
        try (PlatformDriver d = driver("nocand")) {
            d.loadCandidate(withDescription(golden("nocand", "core-a-moved"), "to peer", "moved"), LoadMode.REPLACE);
            CommitResult r = d.commitConfirmed(Duration.ofSeconds(60), "xe-areas");
            assertThat(r.emulated()).isTrue();
            assertThat(d.facts().hostname()).isEqualTo("core-a-moved");
            assertThat(unmanaged("nocand")).as("the replace touched only the owned areas").isEqualTo(before);
            d.cancel("xe-areas");
            assertThat(d.facts().hostname()).isEqualTo("core-a");
            assertThat(unmanaged("nocand")).as("the restore touched only the owned areas").isEqualTo(before);
            assertThat(d.compliance(golden("nocand", "core-a")).render()).isEmpty();
        }
    }

    @Test
    void aNativeReplaceAndItsCancelLeaveEverythingOutsideTheOwnedAreasByteForByte() {
        List<String> before = unmanaged("a");
        try (PlatformDriver d = driver("a")) {
            d.loadCandidate(withDescription(golden("a", "core-a-moved"), "to peer", "moved"), LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "xe-native");
            assertThat(d.facts().hostname()).isEqualTo("core-a-moved");
            assertThat(unmanaged("a")).as("the replace touched only the owned areas").isEqualTo(before);
            d.cancel("xe-native");
            assertThat(d.facts().hostname()).isEqualTo("core-a");
            assertThat(unmanaged("a")).isEqualTo(before);
        }
    }

    @Test
    void theSavedCopyForAnEmulatedRollbackHoldsOnlyTheOwnedAreasSoNoSecret() {
        try (PlatformDriver d = driver("nocand")) {
            d.loadCandidate(golden("nocand", "core-a-saved"), LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "xe-saved");
            ConfigPayload saved = d.savedRunning().orElseThrow();
            assertThat(saved.xml()).contains("nc:operation=\"replace\">core-a</hostname>", "<name>1</name>", "<id>20</id>")
                    .doesNotContain("netops", "$9$", "secret", "Mgmt-vrf", "ssh", "oob-cameras", "<name>0/0</name>", "<name>4</name>");
            assertThat(Secrets.looksSecret(saved.xml())).isFalse();
            assertThat(saved.xml()).doesNotContain("<native nc:operation").doesNotContain("<native xmlns:nc");
            d.cancel("xe-saved");
        }
    }

    @Test
    void complianceFindsDriftInsideTheOwnedAreasAndNoneOutside() {
        String outside = "<native " + NATIVE + "><ip><ssh><time-out>90</time-out></ssh></ip>"
                + "<vlan><vlan-list " + VLAN + "><id>998</id><name>by-hand</name></vlan-list></vlan>"
                + "<interface><GigabitEthernet><name>0/0</name><description>moved by hand</description></GigabitEthernet>"
                + "<Ethernet><name>5</name><description>not in the site</description></Ethernet></interface></native>";
        String inside = "<native " + NATIVE + "><hostname>by-hand</hostname>"
                + "<vlan><vlan-list " + VLAN + " xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"><id>20</id></vlan-list></vlan>"
                + "<interface><Ethernet><name>1</name><description>moved by hand</description></Ethernet></interface></native>";
        try (PlatformDriver d = driver("a"); NetconfSession console = session("a")) {
            console.editConfig(EditConfig.of(Datastore.CANDIDATE, outside));
            console.commit();
            assertThat(d.compliance(golden("a", "core-a")).render()).as("nothing outside the owned areas is compared").isEmpty();
            console.editConfig(EditConfig.of(Datastore.CANDIDATE, inside));
            console.commit();
            ConfigDiff drift = d.compliance(golden("a", "core-a"));
            assertThat(drift.changes()).extracting(ConfigDiff.ConfigChange::path).containsExactlyInAnyOrder(
                    "/native/hostname", "/native/interface/Ethernet[name=1]/description",
                    "/native/vlan/vlan-list[id=20]/id", "/native/vlan/vlan-list[id=20]/name");
            assertThat(drift.changes()).contains(new ConfigDiff.ConfigChange("/native/hostname", "by-hand", "core-a"));
            console.editConfig(EditConfig.of(Datastore.CANDIDATE, "<native " + NATIVE + "><ip><ssh><time-out>60</time-out></ssh></ip>"
                    + "<vlan><vlan-list " + VLAN + " xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"><id>998</id></vlan-list></vlan>"
                    + "<interface><GigabitEthernet><name>0/0</name><description>out-of-band management</description></GigabitEthernet>"
                    + "<Ethernet xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"><name>5</name></Ethernet></interface></native>"));
            console.commit();
        }
    }

    /**
     * Everything of {@code device}'s running configuration outside the areas the golden owns, each
     * part as the device prints it: every top-level element but {@code native}, and every part of
     * {@code native} but its hostname, {@code lldp}, the golden's VLANs 10 and 20 and its ports Ethernet1-3.
     */
    private List<String> unmanaged(String device) {
        try (NetconfSession s = session(device)) {
            Element data = s.getConfig(Datastore.RUNNING, Optional.empty());
            List<String> out = new ArrayList<>();
            for (Element top : DeviceXml.children(data)) {
                if (!top.getLocalName().equals("native")) {
                    out.add(DeviceXml.print(top));
                    continue;
                }
                for (Element c : DeviceXml.children(top)) {
                    switch (c.getLocalName()) {
                        case "hostname", "lldp" -> { }
                        case "interface" -> DeviceXml.children(c).stream()
                                .filter(i -> !(i.getLocalName().equals("Ethernet") && Set.of("1", "2", "3").contains(key(i, "name"))))
                                .forEach(i -> out.add(DeviceXml.print(i)));
                        case "vlan" -> DeviceXml.children(c).stream().filter(v -> !Set.of("10", "20").contains(key(v, "id")))
                                .forEach(v -> out.add(DeviceXml.print(v)));
                        default -> out.add(DeviceXml.print(c));
                    }
                }
            }
            return out;
        }
    }

    private static String key(Element entry, String key) {
        return DeviceXml.children(entry).stream().filter(k -> k.getLocalName().equals(key)).map(Element::getTextContent).findFirst().orElse("");
    }

    private static ConfigPayload withDescription(ConfigPayload p, String from, String to) {
        return new ConfigPayload(p.device(), p.xml().replace("<description>" + from + "</description>", "<description>" + to + "</description>"),
                p.ownedSubtrees());
    }
}
