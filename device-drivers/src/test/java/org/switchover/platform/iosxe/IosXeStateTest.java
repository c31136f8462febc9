package org.switchover.platform.iosxe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.VlanState;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.YangData;

/** IOS-XE replies, shaped as Cisco's oper models publish them, read into neutral records. */
class IosXeStateTest {

    private static final IosXePlatform PLATFORM = new IosXePlatform();

    private static YangData data(String body) {
        return YangData.root(DeviceXml.parse("<data xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + body + "</data>", "test"));
    }

    @Test
    void interfacesJoinOperStateWithTheNativeSwitchport() {
        YangData d = data("""
                <interfaces xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper">
                  <interface><name>GigabitEthernet1/0/1</name><admin-status>if-state-up</admin-status>
                    <oper-status>if-oper-state-ready</oper-status><speed>1000000000</speed><description>desk</description></interface>
                  <interface><name>TenGigabitEthernet1/1/1</name><admin-status>if-state-up</admin-status>
                    <oper-status>if-oper-state-lower-layer-down</oper-status></interface>
                  <interface><name>GigabitEthernet1/0/2</name><admin-status>if-state-down</admin-status>
                    <oper-status>if-oper-state-no-pass</oper-status></interface>
                </interfaces>
                <native xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-native"><interface>
                  <GigabitEthernet><name>1/0/1</name><switchport-config><switchport>
                    <access xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><vlan><vlan>110</vlan></vlan></access>
                    <mode xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><access/></mode></switchport></switchport-config></GigabitEthernet>
                  <TenGigabitEthernet><name>1/1/1</name><switchport-config><switchport>
                    <mode xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><trunk/></mode>
                    <trunk xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><allowed><vlan-v2><vlan-choices><vlans>110,200-202</vlans>
                    </vlan-choices></vlan-v2></allowed></trunk></switchport></switchport-config></TenGigabitEthernet>
                  <GigabitEthernet><name>1/0/2</name><shutdown/></GigabitEthernet>
                </interface></native>
                """);
        assertThat(PLATFORM.interfaces("acc-1", d)).containsExactly(
                new InterfaceState("GigabitEthernet1/0/1", "desk", true, OperStatus.UP, PortMode.ACCESS, OptionalInt.of(110),
                        java.util.Set.of(), 1000),
                new InterfaceState("TenGigabitEthernet1/1/1", "", true, OperStatus.LOWER_LAYER_DOWN, PortMode.TRUNK, OptionalInt.empty(),
                        java.util.Set.of(110, 200, 201, 202), 0),
                new InterfaceState("GigabitEthernet1/0/2", "", false, OperStatus.DOWN, PortMode.NONE, OptionalInt.empty(),
                        java.util.Set.of(), 0));
    }

    @Test
    void aTrunkAllowingVlanNoneIsATrunkCarryingNoVlan() {
        YangData d = data("""
                <interfaces xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper">
                  <interface><name>TenGigabitEthernet1/1/2</name><admin-status>if-state-up</admin-status>
                    <oper-status>if-oper-state-ready</oper-status></interface>
                </interfaces>
                <native xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-native"><interface>
                  <TenGigabitEthernet><name>1/1/2</name><switchport-config><switchport>
                    <mode xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><trunk/></mode>
                    <trunk xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><allowed><vlan-v2><vlan-choices><none/>
                    </vlan-choices></vlan-v2></allowed></trunk></switchport></switchport-config></TenGigabitEthernet>
                </interface></native>
                """);
        InterfaceState port = PLATFORM.interfaces("acc-1", d).get(0);
        assertThat(port.mode()).isEqualTo(PortMode.TRUNK);
        assertThat(port.trunkVlans()).isEmpty();
    }

    @Test
    void builtInVlansAreLeftOutAndLldpShortNamesExpanded() {
        YangData d = data("""
                <vlans xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-vlan-oper">
                  <vlan><id>1</id><name>default</name></vlan><vlan><id>110</id><name>office</name></vlan>
                  <vlan><id>1002</id><name>fddi-default</name></vlan>
                </vlans>
                <lldp-entries xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-lldp-oper">
                  <lldp-entry><device-id>dist-1</device-id><local-interface>Te1/1/1</local-interface>
                    <connecting-interface>Gi1/0/48</connecting-interface></lldp-entry>
                  <lldp-entry><device-id>ex-1</device-id><local-interface>TenGigabitEthernet1/1/2</local-interface>
                    <connecting-interface>ge-0/0/47</connecting-interface></lldp-entry>
                </lldp-entries>
                """);
        assertThat(PLATFORM.vlans("acc-1", d)).containsExactly(new VlanState(110, "office"));
        assertThat(PLATFORM.lldpNeighbors("acc-1", d)).containsExactly(
                new LldpNeighbor("TenGigabitEthernet1/1/1", "dist-1", "GigabitEthernet1/0/48"),
                new LldpNeighbor("TenGigabitEthernet1/1/2", "ex-1", "ge-0/0/47"));
    }

    @Test
    void factsComeFromTheChassisEntryAndDegradeWhenTheHardwareModelIsAbsent() {
        YangData d = data("""
                <native xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-native"><hostname>acc-1</hostname></native>
                <device-hardware-data xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-device-hardware-oper"><device-hardware>
                  <device-inventory><hw-type>hw-type-transceiver</hw-type><hw-dev-index>9</hw-dev-index><part-number>SFP-10G-SR</part-number></device-inventory>
                  <device-inventory><hw-type>hw-type-chassis</hw-type><hw-dev-index>1</hw-dev-index><part-number>C9300-48P</part-number>
                    <serial-number>FOC1234X0AB</serial-number></device-inventory>
                  <device-system-data><software-version>Cisco IOS XE Software, Version 17.12.4</software-version></device-system-data>
                </device-hardware></device-hardware-data>
                <interfaces xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper"><interface><name>GigabitEthernet1/0/1</name></interface></interfaces>
                """);
        var facts = PLATFORM.facts("acc-1", d);
        assertThat(facts.hostname()).isEqualTo("acc-1");
        assertThat(facts.model()).isEqualTo("C9300-48P");
        assertThat(facts.serial()).isEqualTo("FOC1234X0AB");
        assertThat(facts.osVersion()).contains("17.12.4");
        assertThat(facts.ports()).containsExactly("GigabitEthernet1/0/1");
        assertThat(PLATFORM.facts("acc-1", data("")).model()).isEmpty();
    }

    @Test
    void anUnknownOperStatusIsMalformedDataNamingThePath() {
        YangData d = data("""
                <interfaces xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper">
                  <interface><name>GigabitEthernet1/0/1</name><oper-status>up</oper-status></interface></interfaces>
                """);
        assertThatThrownBy(() -> PLATFORM.interfaces("acc-1", d)).isInstanceOf(MalformedDeviceDataException.class)
                .hasMessageContaining("acc-1").hasMessageContaining("GigabitEthernet1/0/1").hasMessageContaining("'up'");
    }

    @Test
    void portsEnabledSetsOrRemovesShutdownOnEachPortsNativeEntry() {
        String down = PLATFORM.portsEnabled("acc-1", java.util.Set.of("GigabitEthernet1/0/3"), false).xml();
        assertThat(down).contains("<GigabitEthernet><name>1/0/3</name><shutdown/></GigabitEthernet>");
        String up = PLATFORM.portsEnabled("acc-1", java.util.Set.of("TenGigabitEthernet1/1/1"), true).xml();
        assertThat(up).contains("<TenGigabitEthernet><name>1/1/1</name><shutdown").contains("nc:operation=\"remove\"");
    }
}
