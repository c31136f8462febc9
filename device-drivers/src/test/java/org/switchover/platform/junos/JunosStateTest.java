package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.platform.DeviceXml;
import org.w3c.dom.Element;

/** Junos RPC replies read into neutral records, whatever namespace the device puts on them. */
class JunosStateTest {

    private final JunosState state = new JunosState("ex-1");

    private static Element reply(String body) {
        return DeviceXml.parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" xmlns:junos=\"http://xml.juniper.net/junos/23.4R2/junos\">"
                + body + "</rpc-reply>", "test");
    }

    private static final Element INTERFACES = reply("<interface-information xmlns=\"http://xml.juniper.net/junos/23.4R2/junos-interface\">"
            + "<physical-interface><name>ge-0/0/0</name><admin-status junos:format=\"Enabled\">up</admin-status><oper-status>up</oper-status>"
            + "<description>desk</description><speed>1000mbps</speed></physical-interface>"
            + "<physical-interface><name>xe-0/1/0</name><admin-status>up</admin-status><oper-status>down</oper-status><speed>10Gbps</speed></physical-interface>"
            + "<physical-interface><name>me0</name><admin-status>up</admin-status><oper-status>up</oper-status></physical-interface>"
            + "</interface-information>");

    @Test
    void portsAndTheirVlansComeFromTheInterfaceAndSwitchingReplies() {
        // a device may give the interface name once and list its VLANs in the entries after it
        Element switching = reply("<l2ng-l2ald-iff-interface-information>"
                + "<l2ng-l2ald-iff-interface-entry><l2iff-interface-name>ge-0/0/0.0</l2iff-interface-name><l2iff-interface-vlan-name>office</l2iff-interface-vlan-name>"
                + "<l2iff-interface-vlan-id>110</l2iff-interface-vlan-id><l2iff-interface-vlan-member-tagness>untagged</l2iff-interface-vlan-member-tagness></l2ng-l2ald-iff-interface-entry>"
                + "<l2ng-l2ald-iff-interface-entry><l2iff-interface-name>xe-0/1/0.0</l2iff-interface-name><l2iff-interface-vlan-name>office</l2iff-interface-vlan-name>"
                + "<l2iff-interface-vlan-id>110</l2iff-interface-vlan-id><l2iff-interface-vlan-member-tagness>tagged</l2iff-interface-vlan-member-tagness></l2ng-l2ald-iff-interface-entry>"
                + "<l2ng-l2ald-iff-interface-entry><l2iff-interface-vlan-name>voice</l2iff-interface-vlan-name>"
                + "<l2iff-interface-vlan-id>120</l2iff-interface-vlan-id><l2iff-interface-vlan-member-tagness>tagged</l2iff-interface-vlan-member-tagness></l2ng-l2ald-iff-interface-entry>"
                + "</l2ng-l2ald-iff-interface-information>");
        var ports = state.interfaces(INTERFACES, switching);
        assertThat(ports).extracting(InterfaceState::name).containsExactly("ge-0/0/0", "xe-0/1/0");
        InterfaceState desk = ports.get(0);
        assertThat(desk.mode()).isEqualTo(PortMode.ACCESS);
        assertThat(desk.accessVlan()).isEqualTo(OptionalInt.of(110));
        assertThat(desk.description()).isEqualTo("desk");
        assertThat(desk.operUp()).isTrue();
        assertThat(desk.speedMbps()).isEqualTo(1000);
        InterfaceState uplink = ports.get(1);
        assertThat(uplink.mode()).isEqualTo(PortMode.TRUNK);
        assertThat(uplink.trunkVlans()).containsExactly(110, 120);
        assertThat(uplink.operUp()).isFalse();
        assertThat(uplink.speedMbps()).isEqualTo(10_000);
    }

    @Test
    void lldpNeighboursNameTheirLocalPortWithoutItsUnit() {
        Element lldp = reply("<lldp-neighbors-information><lldp-neighbor-information><lldp-local-interface>ge-0/0/0.0</lldp-local-interface>"
                + "<lldp-remote-port-id>eth1</lldp-remote-port-id><lldp-remote-system-name>core-1</lldp-remote-system-name>"
                + "</lldp-neighbor-information></lldp-neighbors-information>");
        assertThat(state.lldpNeighbors(lldp)).containsExactly(new LldpNeighbor("ge-0/0/0", "core-1", "eth1"));
    }

    @Test
    void dataThatBreaksTheModelIsRefusedWithItsPath() {
        Element odd = reply("<interface-information><physical-interface><name>ge-0/0/0</name><admin-status>sideways</admin-status>"
                + "</physical-interface></interface-information>");
        assertThatThrownBy(() -> state.interfaces(odd, reply(""))).isInstanceOf(MalformedDeviceDataException.class)
                .hasMessageContaining("physical-interface[name=ge-0/0/0]/admin-status").hasMessageContaining("sideways");
        Element badVlan = reply("<l2ng-l2ald-iff-interface-information><l2ng-l2ald-iff-interface-entry><l2iff-interface-name>ge-0/0/0.0"
                + "</l2iff-interface-name><l2iff-interface-vlan-id>5000</l2iff-interface-vlan-id></l2ng-l2ald-iff-interface-entry>"
                + "</l2ng-l2ald-iff-interface-information>");
        assertThatThrownBy(() -> state.interfaces(INTERFACES, badVlan)).isInstanceOf(MalformedDeviceDataException.class)
                .hasMessageContaining("5000");
    }
}
