package org.switchover.platform.ietf;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.SchemaHints;
import org.switchover.driver.UninterpretedData;
import org.switchover.driver.VlanState;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedArea.Step;
import org.switchover.platform.OwnedAreaPattern;
import org.switchover.platform.PlatformModel;

import org.switchover.platform.YangData;

/**
 * The IETF/IEEE platform: ietf-interfaces (NMDA, with the pre-NMDA interfaces-state read too),
 * VLANs and port membership of ieee802-dot1q-bridge, ieee802-dot1ab-lldp and ietf-system.
 * VLAN registration port-refs are bridge port numbers, learned from the device (bridge-port
 * port-number, ietf-hardware port positions, if-index) or, where it publishes none, from the
 * numbering the site declares; a port-ref nothing explains is reported, never guessed.
 *
 * <p>{@code system} holds the device's logins and NTP, {@code interfaces} its management port and
 * its address, {@code lldp} global timers, {@code bridges} bridges the site does not name: a
 * payload owns only {@link #AREAS} within them.
 */
public final class IetfPlatform implements PlatformModel {

    public static final String ID = "ietf";

    private final Optional<List<String>> declaredPortOrder;

    /** Bridge port numbers are learned from the device only. */
    public IetfPlatform() {
        this(Optional.empty());
    }

    /**
     * @param declaredPortOrder the device's ports in hardware order when the site declares
     *     {@code port_numbers: position}: bridge port N is the Nth, used only where the device
     *     publishes no numbering of its own
     */
    public IetfPlatform(Optional<List<String>> declaredPortOrder) {
        this.declaredPortOrder = declaredPortOrder.map(List::copyOf);
    }

    static final String INTERFACES = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    static final String BRIDGE = "urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge";
    static final String LLDP = "urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp";
    static final String SYSTEM = "urn:ietf:params:xml:ns:yang:ietf-system";
    static final String HARDWARE = "urn:ietf:params:xml:ns:yang:ietf-hardware";

    /**
     * The areas a golden owns (see templates/README.md): the hostname leaf of {@code system} (not
     * authentication, ntp, dns-resolver, clock); each interface entry it renders, one per port of
     * the site's model (never a management or other interface it does not render); each bridge
     * entry it renders (switchover's {@code br0}) whole: its VLANs and their registrations map
     * the site's ports by bridge port number, so a VLAN in it that the site does not model would
     * put the site's ports in that VLAN and must go, while a bridge of another name stays; each
     * LLDP port entry it renders (keyed by name and destination MAC), never LLDP's global timers.
     * An entry the previous golden rendered and this one does not is left on the device, as Junos
     * and IOS-XE leave theirs.
     */
    static final List<OwnedAreaPattern> AREAS = List.of(
            OwnedAreaPattern.fixed(Step.of(SYSTEM, "system"), Step.of(SYSTEM, "hostname")),
            OwnedAreaPattern.entries("name", Step.of(INTERFACES, "interfaces"), Step.of(INTERFACES, "interface")),
            OwnedAreaPattern.entries("name", Step.of(BRIDGE, "bridges"), Step.of(BRIDGE, "bridge")),
            OwnedAreaPattern.entries(List.of("name", "dest-mac-address"), Step.of(LLDP, "lldp"), Step.of(LLDP, "port")));

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
                new YangModule("ietf-interfaces", INTERFACES),
                new YangModule("ieee802-dot1q-bridge", BRIDGE),
                new YangModule("ieee802-dot1ab-lldp", LLDP),
                new YangModule("ietf-system", SYSTEM));
    }

    @Override
    public String factsFilter() {
        return "<system xmlns=\"" + SYSTEM + "\"/><system-state xmlns=\"" + SYSTEM + "\"/>"
                + "<hardware xmlns=\"" + HARDWARE + "\"/><interfaces xmlns=\"" + INTERFACES + "\"/>";
    }

    @Override
    public DeviceFacts facts(String device, YangData data) {
        return new IetfState(device, declaredPortOrder).facts(data);
    }

    @Override
    public String interfacesFilter() {
        return "<interfaces xmlns=\"" + INTERFACES + "\"/><interfaces-state xmlns=\"" + INTERFACES + "\"/>"
                + "<bridges xmlns=\"" + BRIDGE + "\"/><hardware xmlns=\"" + HARDWARE + "\"/>";
    }

    @Override
    public List<InterfaceState> interfaces(String device, YangData data) {
        return new IetfState(device, declaredPortOrder).interfaces(data);
    }

    @Override
    public List<UninterpretedData> uninterpreted(String device, YangData data) {
        return new IetfState(device, declaredPortOrder).uninterpreted(data);
    }

    /**
     * Only what an audit's checks use: per interface its name, enabled, admin and oper status,
     * if-index and bridge port, the same from the pre-NMDA state, the bridges whole (VLAN
     * membership), the hardware ports' positions (port numbers where the bridge port has none), and
     * the LLDP remote systems' name and port id.
     */
    @Override
    public String portsAndNeighborsFilter() {
        return "<interfaces xmlns=\"" + INTERFACES + "\"><interface><name/><enabled/><admin-status/><oper-status/><if-index/>"
                + "<bridge-port xmlns=\"" + BRIDGE + "\"/></interface></interfaces>"
                + "<interfaces-state xmlns=\"" + INTERFACES + "\"><interface><name/><admin-status/><oper-status/><if-index/>"
                + "</interface></interfaces-state>"
                + "<bridges xmlns=\"" + BRIDGE + "\"/>"
                + "<hardware xmlns=\"" + HARDWARE + "\"><component><name/><class/><parent-rel-pos/></component></hardware>"
                + "<lldp xmlns=\"" + LLDP + "\"><port><name/><remote-systems-data><system-name/><port-id/></remote-systems-data></port></lldp>";
    }

    @Override
    public String vlansFilter() {
        return "<bridges xmlns=\"" + BRIDGE + "\"/>";
    }

    @Override
    public List<VlanState> vlans(String device, YangData data) {
        return new IetfState(device, declaredPortOrder).vlans(data);
    }

    @Override
    public String lldpFilter() {
        return "<lldp xmlns=\"" + LLDP + "\"/>";
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors(String device, YangData data) {
        return new IetfState(device, declaredPortOrder).lldpNeighbors(data);
    }

    @Override
    public ConfigPayload portsEnabled(String device, Set<String> ports, boolean enabled) {
        checkArgument(!ports.isEmpty(), "no ports given for %s", device);
        StringBuilder xml = new StringBuilder("<interfaces xmlns=\"" + INTERFACES + "\">");
        for (String port : ImmutableSortedSet.copyOf(ports)) {
            xml.append("<interface><name>").append(DeviceXml.escape(port)).append("</name><enabled>").append(enabled)
                    .append("</enabled></interface>");
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
            .list("/interfaces/interface/bridge-port/protocol-group-vid-set", "group-id")
            .list("/interfaces/interface/bridge-port/vid-translations", "local-vid")
            .list("/interfaces/interface/bridge-port/egress-vid-translations", "relay-vid")
            .list("/bridges/bridge", "name")
            .list("/bridges/bridge/component", "name")
            .list("/bridges/bridge/component/filtering-database/filtering-entry", "database-id", "vids", "address")
            .list("/bridges/bridge/component/filtering-database/filtering-entry/port-map", "port-ref")
            .list("/bridges/bridge/component/filtering-database/vlan-registration-entry", "database-id", "vids")
            .list("/bridges/bridge/component/filtering-database/vlan-registration-entry/port-map", "port-ref")
            .list("/bridges/bridge/component/bridge-vlan/vlan", "vid")
            .list("/bridges/bridge/component/bridge-vlan/vid-to-fid", "vid")
            .list("/lldp/port", "name", "dest-mac-address")
            .list("/lldp/port/management-address-tx-port", "address-subtype", "man-address")
            .list("/system/ntp/server", "name")
            .list("/system/dns-resolver/server", "name")
            .list("/system/radius/server", "name")
            .list("/system/authentication/user", "name")
            .list("/system/authentication/user/authorized-key", "name")
            .leafList("/interfaces/interface/bridge-port/protocol-group-vid-set/vid")
            .leafList("/bridges/bridge/component/bridge-mst/mstid")
            .leafList("/system/dns-resolver/search")
            .leafList("/system/authentication/user-authentication-order")
            .defaultValue("/interfaces/interface/enabled", "true")
            .defaultValue("/interfaces/interface/bridge-port/pvid", "1")
            .defaultValue("/interfaces/interface/bridge-port/default-priority", "0")
            .defaultValue("/lldp/message-fast-tx", "1")
            .defaultValue("/lldp/message-tx-hold-multiplier", "4")
            .defaultValue("/lldp/message-tx-interval", "30")
            .defaultValue("/lldp/reinit-delay", "2")
            .defaultValue("/lldp/tx-credit-max", "5")
            .defaultValue("/lldp/tx-fast-init", "4")
            .defaultValue("/lldp/notification-interval", "30")
            .defaultValue("/lldp/port/admin-status", "tx-and-rx")
            .defaultValue("/lldp/port/notification-enable", "false")
            .defaultValue("/system/ntp/enabled", "true")
            .defaultValue("/system/ntp/server/udp/port", "123")
            .defaultValue("/system/ntp/server/association-type", "server")
            .defaultValue("/system/ntp/server/iburst", "false")
            .defaultValue("/system/ntp/server/prefer", "false")
            .defaultValue("/system/dns-resolver/server/udp-and-tcp/port", "53")
            .defaultValue("/system/dns-resolver/options/timeout", "5")
            .defaultValue("/system/dns-resolver/options/attempts", "2")
            .build();
}
