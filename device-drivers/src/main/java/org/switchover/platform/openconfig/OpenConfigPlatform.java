package org.switchover.platform.openconfig;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.SchemaHints;
import org.switchover.driver.VlanState;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedArea.Step;
import org.switchover.platform.OwnedAreaPattern;
import org.switchover.platform.PlatformModel;

import org.switchover.platform.YangData;

/**
 * The OpenConfig platform: openconfig-interfaces with openconfig-if-ethernet and the
 * switched-vlan augment of openconfig-vlan, VLANs under openconfig-network-instance (where the
 * models put openconfig-vlan's list; a top-level {@code vlans} is read too), openconfig-lldp,
 * openconfig-system, and hardware identity from openconfig-platform components.
 *
 * <p>{@code system}, {@code interfaces}, {@code network-instances} and {@code lldp} hold a real
 * device's management as well as what a site models: the management port ({@code Management1},
 * {@code mgmt0}, {@code eth0}) and its address, the management VRF (a network instance such as
 * {@code MGMT} or {@code mgmt}), AAA with its users and password hashes, ssh-server, NTP. So a
 * payload owns only {@link #AREAS} within them, never one of them whole.
 */
public final class OpenConfigPlatform implements PlatformModel {

    public static final String ID = "openconfig";

    public static final String INTERFACES = "http://openconfig.net/yang/interfaces";
    public static final String ETHERNET = "http://openconfig.net/yang/interfaces/ethernet";
    public static final String VLAN = "http://openconfig.net/yang/vlan";
    public static final String LLDP = "http://openconfig.net/yang/lldp";
    public static final String SYSTEM = "http://openconfig.net/yang/system";
    public static final String PLATFORM = "http://openconfig.net/yang/platform";
    public static final String NETWORK_INSTANCE = "http://openconfig.net/yang/network-instance";

    /**
     * The areas a golden owns (see templates/README.md): the hostname leaf of {@code system}
     * (not aaa, ssh-server, ntp, logging); each interface entry it renders, one per port of the
     * site's model (never a management, loopback, aggregate or VLAN interface it does not render);
     * each VLAN entry it renders in the default network instance (never the instance list, so a
     * management VRF survives, nor a VLAN the site does not model); LLDP's global enabled leaf and
     * each LLDP interface entry it renders. An entry the previous golden rendered and this one does
     * not is left on the device, as Junos and IOS-XE leave theirs.
     */
    public static final List<OwnedAreaPattern> AREAS = List.of(
            OwnedAreaPattern.fixed(Step.of(SYSTEM, "system"), Step.of(SYSTEM, "config"), Step.of(SYSTEM, "hostname")),
            OwnedAreaPattern.entries("name", Step.of(INTERFACES, "interfaces"), Step.of(INTERFACES, "interface")),
            OwnedAreaPattern.entries("vlan-id", Step.of(NETWORK_INSTANCE, "network-instances"),
                    new Step(NETWORK_INSTANCE, "network-instance", Map.of("name", "default")),
                    Step.of(NETWORK_INSTANCE, "vlans"), Step.of(NETWORK_INSTANCE, "vlan")),
            OwnedAreaPattern.fixed(Step.of(LLDP, "lldp"), Step.of(LLDP, "config"), Step.of(LLDP, "enabled")),
            OwnedAreaPattern.entries("name", Step.of(LLDP, "lldp"), Step.of(LLDP, "interfaces"), Step.of(LLDP, "interface")));

    @Override
    public String id() {
        return ID;
    }

    /** {@link #AREAS} resolved against {@code payload}; another top-level subtree it owns stays owned whole. */
    @Override
    public List<OwnedArea> ownedAreas(ConfigPayload payload) {
        return OwnedAreaPattern.resolve(payload, AREAS);
    }

    @Override
    public List<YangModule> requiredModules() {
        return List.of(
                new YangModule("openconfig-interfaces", INTERFACES),
                new YangModule("openconfig-if-ethernet", ETHERNET),
                new YangModule("openconfig-vlan", VLAN),
                new YangModule("openconfig-lldp", LLDP),
                new YangModule("openconfig-system", SYSTEM));
    }

    @Override
    public String factsFilter() {
        return "<system xmlns=\"" + SYSTEM + "\"/><components xmlns=\"" + PLATFORM + "\"/>"
                + "<interfaces xmlns=\"" + INTERFACES + "\"/>";
    }

    @Override
    public DeviceFacts facts(String device, YangData data) {
        return new OpenConfigState(device).facts(data);
    }

    @Override
    public String interfacesFilter() {
        return "<interfaces xmlns=\"" + INTERFACES + "\"/>";
    }

    @Override
    public List<InterfaceState> interfaces(String device, YangData data) {
        return new OpenConfigState(device).interfaces(data);
    }

    /**
     * Only the leaves an audit's checks use: per interface its name, enabled, admin and oper
     * status and VLAN membership (not counters, descriptions, MTU or speed); per LLDP interface its
     * neighbours' system name and port id: about half the bytes of the whole subtrees.
     */
    @Override
    public String portsAndNeighborsFilter() {
        return "<interfaces xmlns=\"" + INTERFACES + "\"><interface><name/><config><enabled/></config>"
                + "<state><admin-status/><oper-status/></state>"
                + "<ethernet xmlns=\"" + ETHERNET + "\"><switched-vlan xmlns=\"" + VLAN + "\"/></ethernet></interface></interfaces>"
                + "<lldp xmlns=\"" + LLDP + "\"><interfaces><interface><name/><neighbors><neighbor>"
                + "<state><system-name/><port-id/></state></neighbor></neighbors></interface></interfaces></lldp>";
    }

    @Override
    public String vlansFilter() {
        return "<network-instances xmlns=\"" + NETWORK_INSTANCE + "\"/>";
    }

    @Override
    public List<VlanState> vlans(String device, YangData data) {
        return new OpenConfigState(device).vlans(data);
    }

    @Override
    public String lldpFilter() {
        return "<lldp xmlns=\"" + LLDP + "\"/>";
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors(String device, YangData data) {
        return new OpenConfigState(device).lldpNeighbors(data);
    }

    @Override
    public ConfigPayload portsEnabled(String device, Set<String> ports, boolean enabled) {
        checkArgument(!ports.isEmpty(), "no ports given for %s", device);
        StringBuilder xml = new StringBuilder("<interfaces xmlns=\"" + INTERFACES + "\">");
        for (String port : ImmutableSortedSet.copyOf(ports)) {
            String name = DeviceXml.escape(port);
            xml.append("<interface><name>").append(name).append("</name><config><name>").append(name)
                    .append("</name><enabled>").append(enabled).append("</enabled></config></interface>");
        }
        xml.append("</interfaces>");
        return new ConfigPayload(device, xml.toString(), List.of(new ConfigPayload.Subtree(INTERFACES, "interfaces")));
    }

    @Override
    public SchemaHints schema() {
        return SCHEMA;
    }


    private static final SchemaHints SCHEMA = SchemaHints.builder()
            .list("/interfaces/interface", "name")
            .list("/interfaces/interface/subinterfaces/subinterface", "index")
            .list("/vlans/vlan", "vlan-id")
            .list("/network-instances/network-instance", "name")
            .list("/network-instances/network-instance/vlans/vlan", "vlan-id")
            .list("/lldp/interfaces/interface", "name")
            .list("/lldp/custom-tlvs/tlv", "name")
            .list("/components/component", "name")
            .list("/system/aaa/authentication/users/user", "username")
            .list("/system/aaa/authorization/events/event", "event-type")
            .list("/system/aaa/accounting/events/event", "event-type")
            .list("/system/aaa/server-groups/server-group", "name")
            .list("/system/aaa/server-groups/server-group/servers/server", "address")
            .list("/system/logging/console/selectors/selector", "facility", "severity")
            .list("/system/logging/remote-servers/remote-server", "host")
            .list("/system/logging/remote-servers/remote-server/selectors/selector", "facility", "severity")
            .list("/system/dns/servers/server", "address")
            .list("/system/dns/host-entries/host-entry", "hostname")
            .list("/system/ntp/ntp-keys/ntp-key", "key-id")
            .list("/system/ntp/servers/server", "address")
            .leafList("/interfaces/interface/ethernet/switched-vlan/config/trunk-vlans")
            .leafList("/interfaces/interface/aggregation/switched-vlan/config/trunk-vlans")
            .leafList("/lldp/config/suppress-tlv-advertisement")
            .leafList("/system/dns/config/search")
            .leafList("/system/aaa/authentication/config/authentication-method")
            .leafList("/system/aaa/authorization/config/authorization-method")
            .leafList("/system/aaa/accounting/config/accounting-method")
            .leafList("/system/dns/host-entries/host-entry/config/alias")
            .leafList("/system/dns/host-entries/host-entry/config/ipv4-address")
            .leafList("/system/dns/host-entries/host-entry/config/ipv6-address")
            .defaultValue("/interfaces/interface/config/enabled", "true")
            .defaultValue("/interfaces/interface/hold-time/config/up", "0")
            .defaultValue("/interfaces/interface/hold-time/config/down", "0")
            .defaultValue("/interfaces/interface/ethernet/config/auto-negotiate", "true")
            .defaultValue("/interfaces/interface/ethernet/config/enable-flow-control", "false")
            .defaultValue("/interfaces/interface/ethernet/config/standalone-link-training", "false")
            .defaultValue("/interfaces/interface/config/tpid", "TPID_0X8100")
            .defaultValue("/vlans/vlan/config/status", "ACTIVE")
            .defaultValue("/network-instances/network-instance/vlans/vlan/config/status", "ACTIVE")
            .defaultValue("/lldp/config/enabled", "true")
            .defaultValue("/lldp/interfaces/interface/config/enabled", "true")
            .build();
}
