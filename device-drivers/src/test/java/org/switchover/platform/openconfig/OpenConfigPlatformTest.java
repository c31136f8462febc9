package org.switchover.platform.openconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.StructuralDiff;
import org.switchover.driver.VlanState;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.Fixtures;
import org.switchover.platform.OwnedSubtrees;
import org.switchover.platform.YangData;

class OpenConfigPlatformTest {

    private final OpenConfigPlatform platform = new OpenConfigPlatform();
    private final YangData state = Fixtures.data("/platform/openconfig/state.xml");

    @Test
    void factsComeFromSystemStateAndTheChassisComponent() {
        DeviceFacts facts = platform.facts("core1", state);
        assertThat(facts).isEqualTo(new DeviceFacts("core1", "SW-48X", "SN0001", "4.2.1", List.of("eth1", "eth2", "eth3")));
    }

    @Test
    void interfacesReadAdminOperModeVlansAndSpeed() {
        List<InterfaceState> ifs = platform.interfaces("core1", state);
        assertThat(ifs).containsExactly(
                new InterfaceState("eth1", "to access1", true, OperStatus.UP, PortMode.ACCESS, OptionalInt.of(10), Set.of(), 1000),
                new InterfaceState("eth2", "", true, OperStatus.UP, PortMode.TRUNK, OptionalInt.empty(), Set.of(10, 20, 21, 22), 10_000),
                new InterfaceState("eth3", "", false, OperStatus.DOWN, PortMode.NONE, OptionalInt.empty(), Set.of(), 0));
    }

    @Test
    void vlansComeFromNetworkInstancesWithStateNamesWinning() {
        assertThat(platform.vlans("core1", state)).containsExactly(new VlanState(10, "public-services"), new VlanState(20, "social"));
    }

    @Test
    void vlansAlsoReadFromTopLevelVlansContainer() {
        YangData data = Fixtures.xml("<data><vlans xmlns=\"http://openconfig.net/yang/vlan\">"
                + "<vlan><vlan-id>30</vlan-id><config><vlan-id>30</vlan-id><name>cctv</name></config></vlan></vlans></data>");
        assertThat(platform.vlans("d", data)).containsExactly(new VlanState(30, "cctv"));
    }

    @Test
    void lldpNeighboursPerLocalPort() {
        assertThat(platform.lldpNeighbors("core1", state)).containsExactly(new LldpNeighbor("eth1", "access1", "eth49"));
    }

    @Test
    void aVlanIdOutsideTheModelIsRefusedWithItsPath() {
        YangData data = Fixtures.xml("<data><interfaces xmlns=\"http://openconfig.net/yang/interfaces\"><interface><name>eth9</name>"
                + "<ethernet xmlns=\"http://openconfig.net/yang/interfaces/ethernet\"><switched-vlan xmlns=\"http://openconfig.net/yang/vlan\">"
                + "<config><interface-mode>ACCESS</interface-mode><access-vlan>5000</access-vlan></config></switched-vlan></ethernet>"
                + "</interface></interfaces></data>");
        assertThatThrownBy(() -> platform.interfaces("core1", data))
                .isInstanceOf(MalformedDeviceDataException.class)
                .hasMessageContaining("core1")
                .hasMessageContaining("/interfaces/interface[name=eth9]/ethernet/switched-vlan/config/access-vlan")
                .hasMessageContaining("5000");
    }

    @Test
    void portsEnabledIsAMergeOfConfigEnabledPerPort() {
        ConfigPayload p = platform.portsEnabled("core1", Set.of("eth2", "eth1"), false);
        assertThat(p.ownedSubtrees()).containsExactly(new ConfigPayload.Subtree(OpenConfigPlatform.INTERFACES, "interfaces"));
        YangData root = Fixtures.xml(p.xml());
        List<YangData> entries = root.children(OpenConfigPlatform.INTERFACES, "interface");
        assertThat(entries).extracting(e -> e.leaf(OpenConfigPlatform.INTERFACES, "name").orElseThrow()).containsExactly("eth1", "eth2");
        assertThat(entries).allSatisfy(e ->
                assertThat(e.leaf(OpenConfigPlatform.INTERFACES, "config", "enabled")).contains("false"));
    }

    @Test
    void diffWithPlatformHintsIgnoresOrderPrefixesAndDefaultsButNotChanges() {
        String running = "<data xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><interfaces xmlns=\"http://openconfig.net/yang/interfaces\">"
                + entry("eth2", "x:", "<enabled>true</enabled>") + entry("eth1", "x:", "") + "</interfaces></data>";
        String golden = "<interfaces xmlns=\"http://openconfig.net/yang/interfaces\">"
                + entry("eth1", "ift:", "") + entry("eth2", "ift:", "") + "</interfaces>";
        ConfigPayload payload = new ConfigPayload("core1", golden,
                List.of(new ConfigPayload.Subtree(OpenConfigPlatform.INTERFACES, "interfaces")));
        StructuralDiff diff = new StructuralDiff(platform.schema());
        ConfigDiff same = diff.compare(DeviceXml.parse(running, "running"), OwnedSubtrees.intended(payload), payload.ownedSubtrees());
        assertThat(same.isEmpty()).as(same.render()).isTrue();

        String changed = running.replace("<enabled>true</enabled>", "<enabled>false</enabled>");
        ConfigDiff one = diff.compare(DeviceXml.parse(changed, "running"), OwnedSubtrees.intended(payload), payload.ownedSubtrees());
        assertThat(one.changes()).containsExactly(
                new ConfigDiff.ConfigChange("/interfaces/interface[name=eth2]/config/enabled", "false", null));
    }

    private static String entry(String name, String prefix, String extra) {
        String p = prefix.substring(0, prefix.length() - 1);
        return "<interface><name>" + name + "</name><config><name>" + name + "</name>"
                + "<type xmlns:" + p + "=\"urn:ietf:params:xml:ns:yang:iana-if-type\">" + prefix + "ethernetCsmacd</type>"
                + extra + "</config></interface>";
    }
}
