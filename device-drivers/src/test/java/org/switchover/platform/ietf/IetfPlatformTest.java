package org.switchover.platform.ietf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.VlanState;
import org.switchover.platform.Fixtures;
import org.switchover.platform.YangData;

class IetfPlatformTest {

    private static final String IF = IetfPlatform.INTERFACES;
    private static final String BR = IetfPlatform.BRIDGE;

    private final IetfPlatform platform = new IetfPlatform();
    private final YangData state = Fixtures.data("/platform/ietf/state.xml");

    @Test
    void factsComeFromSystemPlatformAndTheChassisComponent() {
        assertThat(platform.facts("dist1", state))
                .isEqualTo(new DeviceFacts("dist1", "DS-24", "IE0042", "7.1", List.of("ge1", "ge2", "ge3")));
    }

    @Test
    void interfacesTakeModeAndVlansFromTheBridgeRegistrationEntries() {
        assertThat(platform.interfaces("dist1", state)).containsExactly(
                new InterfaceState("ge1", "to access7", true, OperStatus.UP, PortMode.ACCESS, OptionalInt.of(10), Set.of(), 1000),
                new InterfaceState("ge2", "", true, OperStatus.LOWER_LAYER_DOWN, PortMode.TRUNK, OptionalInt.empty(),
                        Set.of(10, 20, 21), 10_000),
                new InterfaceState("ge3", "", false, OperStatus.UNKNOWN, PortMode.NONE, OptionalInt.empty(), Set.of(), 0));
    }

    @Test
    void operationalEgressAndUntaggedPortSetsAreReadToo() {
        YangData data = Fixtures.xml("<data>"
                + "<interfaces xmlns='" + IF + "'><interface><name>ge5</name><enabled>true</enabled><oper-status>down</oper-status></interface>"
                + "<interface><name>ge6</name></interface></interfaces>"
                + "<bridges xmlns='" + BR + "'><bridge><name>b</name><component><name>c</name><bridge-vlan>"
                + "<vlan><vid>30</vid><untagged-ports>ge6</untagged-ports><egress-ports>ge5</egress-ports><egress-ports>ge6</egress-ports></vlan>"
                + "<vlan><vid>31</vid><egress-ports>ge5</egress-ports></vlan>"
                + "</bridge-vlan></component></bridge></bridges></data>");
        assertThat(platform.interfaces("d", data)).containsExactly(
                new InterfaceState("ge5", "", true, OperStatus.DOWN, PortMode.TRUNK, OptionalInt.empty(), Set.of(30, 31), 0),
                new InterfaceState("ge6", "", true, OperStatus.UNKNOWN, PortMode.ACCESS, OptionalInt.of(30), Set.of(), 0));
    }

    @Test
    void preNmdaInterfacesStateSuppliesOperStatusAndSpeed() {
        YangData data = Fixtures.xml("<data><interfaces xmlns='" + IF + "'><interface><name>ge1</name><enabled>false</enabled></interface></interfaces>"
                + "<interfaces-state xmlns='" + IF + "'><interface><name>ge1</name><admin-status>down</admin-status>"
                + "<oper-status>down</oper-status><speed>100000000</speed></interface></interfaces-state></data>");
        assertThat(platform.interfaces("d", data)).containsExactly(
                new InterfaceState("ge1", "", false, OperStatus.DOWN, PortMode.NONE, OptionalInt.empty(), Set.of(), 100));
    }

    @Test
    void vlansFromBridgeVlanSortedById() {
        assertThat(platform.vlans("dist1", state))
                .containsExactly(new VlanState(10, "public"), new VlanState(20, "finance"), new VlanState(21, "social"));
    }

    @Test
    void lldpNeighboursFromRemoteSystemsData() {
        assertThat(platform.lldpNeighbors("dist1", state)).containsExactly(new LldpNeighbor("ge1", "access7", "ge24"));
    }

    private static final String PORT_MAP_2 = "<port-ref>2</port-ref><static-vlan-registration-entries>"
            + "<vlan-transmitted>untagged</vlan-transmitted></static-vlan-registration-entries></port-map>";

    private static YangData withPortRef2(String interfaces) {
        return Fixtures.xml("<data>" + interfaces + "<bridges xmlns='" + BR + "'><bridge><name>b</name><component><name>c</name>"
                + "<filtering-database><vlan-registration-entry><database-id>1</database-id><vids>10</vids>"
                + "<port-map>" + PORT_MAP_2 + "</vlan-registration-entry></filtering-database></component></bridge></bridges></data>");
    }

    private static final String TWO_PORTS = "<interfaces xmlns='" + IF + "'><interface><name>ge1</name></interface>"
            + "<interface><name>ge2</name></interface></interfaces>";

    @Test
    void aPortMapToABridgePortNothingNumbersIsReportedOnItsLeafNotGuessedNorThrown() {
        YangData data = withPortRef2(TWO_PORTS);
        assertThat(platform.interfaces("dist1", data)).extracting(InterfaceState::mode).containsOnly(PortMode.NONE);
        assertThat(platform.uninterpreted("dist1", data)).singleElement().satisfies(u -> {
            assertThat(u.path()).endsWith("vlan-registration-entry[vids=10]/port-map[port-ref=2]");
            assertThat(u.problem()).contains("bridge port 2").contains("publishes no bridge port numbers")
                    .contains("set port_numbers: position");
        });
    }

    @Test
    void theSitesDeclaredPositionsExplainPortRefsOfADeviceThatPublishesNoNumbering() {
        IetfPlatform declared = new IetfPlatform(java.util.Optional.of(List.of("ge1", "ge2")));
        YangData data = withPortRef2(TWO_PORTS);
        assertThat(declared.uninterpreted("dist1", data)).isEmpty();
        assertThat(declared.interfaces("dist1", data)).extracting(InterfaceState::name, InterfaceState::accessVlan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ge1", OptionalInt.empty()),
                        org.assertj.core.groups.Tuple.tuple("ge2", OptionalInt.of(10)));
    }

    @Test
    void numbersTheDevicePublishesWinOverTheDeclaredPositions() {
        // if-index 2 is ge1 on this device: the declaration (ge2 second) does not apply
        IetfPlatform declared = new IetfPlatform(java.util.Optional.of(List.of("ge1", "ge2")));
        YangData byIfIndex = withPortRef2("<interfaces xmlns='" + IF + "'><interface><name>ge1</name><if-index>2</if-index></interface>"
                + "<interface><name>ge2</name><if-index>7</if-index></interface></interfaces>");
        assertThat(declared.interfaces("d", byIfIndex)).filteredOn(i -> i.mode() == PortMode.ACCESS)
                .extracting(InterfaceState::name).containsExactly("ge1");
        // a bridge-port port-number wins over the if-index
        YangData byPortNumber = withPortRef2("<interfaces xmlns='" + IF + "'><interface><name>ge1</name><if-index>2</if-index></interface>"
                + "<interface><name>ge2</name><if-index>7</if-index><bridge-port xmlns='" + BR + "'><port-number>2</port-number>"
                + "</bridge-port></interface></interfaces>");
        assertThat(declared.interfaces("d", byPortNumber)).filteredOn(i -> i.accessVlan().equals(OptionalInt.of(10)))
                .extracting(InterfaceState::name).containsExactly("ge2");
        // a device that publishes numbers none of which is 2 gets a finding naming them
        YangData elsewhere = withPortRef2("<interfaces xmlns='" + IF + "'><interface><name>ge1</name><if-index>11</if-index></interface>"
                + "<interface><name>ge2</name><if-index>12</if-index></interface></interfaces>");
        assertThat(declared.uninterpreted("d", elsewhere)).singleElement()
                .satisfies(u -> assertThat(u.problem()).contains("matches none of the bridge port numbers the device publishes (if-index values)"));
    }

    @Test
    void anUnknownOperStatusIsRefused() {
        YangData data = Fixtures.xml("<data><interfaces xmlns='" + IF + "'><interface><name>ge1</name>"
                + "<oper-status>sideways</oper-status></interface></interfaces></data>");
        assertThatThrownBy(() -> platform.interfaces("dist1", data))
                .isInstanceOf(MalformedDeviceDataException.class)
                .hasMessageContaining("/interfaces/interface[name=ge1]/oper-status");
    }

    @Test
    void portsEnabledSetsEnabledPerPort() {
        ConfigPayload p = platform.portsEnabled("dist1", Set.of("ge2"), true);
        YangData root = Fixtures.xml(p.xml());
        assertThat(root.children(IF, "interface")).singleElement()
                .satisfies(e -> assertThat(e.leaf(IF, "name")).contains("ge2"))
                .satisfies(e -> assertThat(e.leaf(IF, "enabled")).contains("true"));
        assertThat(p.ownedSubtrees()).containsExactly(new ConfigPayload.Subtree(IF, "interfaces"));
    }
}
