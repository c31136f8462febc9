package org.switchover.lab.state;

import static org.switchover.lab.config.Schema.DOT1AB_LLDP;
import static org.switchover.lab.config.Schema.DOT1Q;
import static org.switchover.lab.config.Schema.IANA_HARDWARE;
import static org.switchover.lab.config.Schema.IANA_IF_TYPE;
import static org.switchover.lab.config.Schema.IETF_HARDWARE;
import static org.switchover.lab.config.Schema.IETF_INTERFACES;
import static org.switchover.lab.config.Schema.IETF_SYSTEM;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;

/**
 * The ietf platform's state. Served paths (all under {@code <get>}):
 * <ul>
 * <li>{@code /system-state/platform}: os-name (vendor), os-release and os-version (OS version),
 *     machine (hardware model) (ietf-system);
 * <li>{@code /interfaces/interface[name]}: type, enabled, admin-status, oper-status (up/down),
 *     if-index (the port's 1-based hardware position) and statistics/discontinuity-time (when the
 *     lab started), for every hardware port and configured interface (ietf-interfaces, NMDA style);
 * <li>{@code /bridges/bridge/component/bridge-vlan/vlan[vid]/untagged-ports} and
 *     {@code egress-ports} derived from each port's {@code bridge-port/pvid} (untagged) and the
 *     static {@code filtering-database/vlan-registration-entry} port-maps, whose {@code port-ref}
 *     is the port's 1-based position in the hardware model (ieee802-dot1q-bridge);
 * <li>{@code /lldp/local-system-data}: chassis-id (mac-address), system-name; and
 *     {@code /lldp/port[name][dest-mac-address=01-80-C2-00-00-0E]/remote-systems-data[time-mark=0][remote-index=1]}:
 *     system-name, chassis-id (mac-address), port-id (interface-name) (ieee802-dot1ab-lldp);
 * <li>{@code /modules-state} (ietf-yang-library, RFC 7895), added by {@link YangLibrary};
 * <li>{@code /hardware/component} of ietf-hardware (RFC 8348; its module is not in the shared
 *     YANG folder, its namespace and names are the RFC's): {@code chassis} (class ianahw:chassis,
 *     model-name, serial-num, mfg-name, software-rev) and one {@code ianahw:port} component per
 *     hardware port, named as the port, parent {@code chassis}, parent-rel-pos its 1-based position.
 * </ul>
 */
final class IetfState implements StateModel {
    static final String LLDP_NEAREST_BRIDGE = "01-80-C2-00-00-0E";

    @Override
    public boolean adminEnabled(XmlNode running, String port) {
        return interfaceOf(running, port).flatMap(i -> i.childText("enabled")).map(v -> !v.equals("false")).orElse(true);
    }

    @Override
    public Optional<String> hostname(XmlNode running) {
        return running.child(IETF_SYSTEM, "system").flatMap(s -> s.child("hostname")).map(XmlNode::text);
    }

    private static Optional<XmlNode> interfaceOf(XmlNode root, String port) {
        Optional<XmlNode> interfaces = root.child(IETF_INTERFACES, "interfaces");
        if (interfaces.isEmpty()) return Optional.empty();
        for (XmlNode e : interfaces.get().children()) {
            if (e.name().equals("interface") && Trees.keyIs(e, "name", port)) return Optional.of(e);
        }
        return Optional.empty();
    }

    @Override
    public XmlNode data(XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports, FilterRoots wanted) {
        XmlNode data = Trees.copyOf(running, wanted);
        if (wanted.mayMatch(IETF_SYSTEM, "system-state")) {
            XmlNode platform = data.getOrAdd(IETF_SYSTEM, "system-state").getOrAdd(IETF_SYSTEM, "platform");
            Trees.set(platform, IETF_SYSTEM, "os-name", id.model().vendor());
            Trees.set(platform, IETF_SYSTEM, "os-release", id.model().osVersion());
            Trees.set(platform, IETF_SYSTEM, "os-version", id.model().osVersion());
            Trees.set(platform, IETF_SYSTEM, "machine", id.model().name());
        }
        boolean interfaces = wanted.mayMatch(IETF_INTERFACES, "interfaces");
        boolean lldp = wanted.mayMatch(DOT1AB_LLDP, "lldp");
        if (interfaces || lldp) portState(data, running, id, ports, interfaces, lldp);
        if (interfaces) portNumbers(data.child(IETF_INTERFACES, "interfaces").orElseThrow(), id.model());
        // state never adds a bridge-port, so running's interfaces give the bridge ports and VLANs as the built ones would
        data.child(DOT1Q, "bridges").ifPresent(b -> bridgeState(b, running.child(IETF_INTERFACES, "interfaces"), id.model()));
        if (wanted.mayMatch(IETF_HARDWARE, "hardware")) hardware(data, id);
        return data;
    }

    /** The per-port state: {@code interfaces} entries, {@code lldp} local data and ports, each when asked for. */
    private void portState(XmlNode data, XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports,
            boolean withInterfaces, boolean withLldp) {
        ListEntries interfaceEntries = withInterfaces
                ? ListEntries.of(data.getOrAdd(IETF_INTERFACES, "interfaces"), IETF_INTERFACES, "interface", "name") : null;
        ListEntries lldpPorts = withLldp ? lldpPorts(data, running, id) : null;
        // a port's position is its if-index
        Trees.forEachPort(running, IETF_INTERFACES, id, withInterfaces, ports, name -> adminEnabled(running, name), p -> {
            if (withInterfaces) interfaceState(interfaceEntries.entry(p.name()), p.status(), p.position(), id);
            if (p.hardware() && withLldp) lldpState(lldpPorts, p.name(), p.status());
        });
    }

    /** The {@code lldp} container with its local-system-data, and its port list to fill. */
    private ListEntries lldpPorts(XmlNode data, XmlNode running, SwitchIdentity id) {
        XmlNode lldp = data.getOrAdd(DOT1AB_LLDP, "lldp");
        XmlNode local = lldp.getOrAdd(DOT1AB_LLDP, "local-system-data");
        Trees.set(local, DOT1AB_LLDP, "chassis-id-subtype", "mac-address");
        Trees.set(local, DOT1AB_LLDP, "chassis-id", id.chassisMac().replace(':', '-').toUpperCase());
        Trees.set(local, DOT1AB_LLDP, "system-name", hostname(running).orElse(id.name()));
        return ListEntries.of(lldp, DOT1AB_LLDP, "port", "name");
    }

    private void interfaceState(XmlNode itf, PortStatus status, int ifIndex, SwitchIdentity id) {
        if (itf.child("type").isEmpty()) Trees.identity(itf, IETF_INTERFACES, "type", "ianaift", IANA_IF_TYPE, "ethernetCsmacd");
        if (itf.child("enabled").isEmpty()) itf.addLeaf(IETF_INTERFACES, "enabled", "true");
        Trees.set(itf, IETF_INTERFACES, "admin-status", status.adminUp() ? "up" : "down");
        Trees.set(itf, IETF_INTERFACES, "oper-status", status.operUp() ? "up" : "down");
        Trees.set(itf, IETF_INTERFACES, "if-index", Integer.toString(ifIndex));
        XmlNode stats = itf.getOrAdd(IETF_INTERFACES, "statistics");
        Trees.set(stats, IETF_INTERFACES, "discontinuity-time", id.started().toString());
    }

    private void lldpState(ListEntries lldpPorts, String name, PortStatus status) {
        XmlNode port = lldpPorts.entry(name, p -> p.addLeaf(DOT1AB_LLDP, "dest-mac-address", LLDP_NEAREST_BRIDGE));
        port.removeIf(c -> c.is(DOT1AB_LLDP, "remote-systems-data"));
        status.neighbour().ifPresent(far -> {
            XmlNode r = port.add(XmlNode.container(DOT1AB_LLDP, "remote-systems-data"));
            r.addLeaf(DOT1AB_LLDP, "time-mark", "0");
            r.addLeaf(DOT1AB_LLDP, "remote-index", "1");
            r.addLeaf(DOT1AB_LLDP, "chassis-id-subtype", "mac-address");
            r.addLeaf(DOT1AB_LLDP, "chassis-id", far.chassisId().replace(':', '-').toUpperCase());
            r.addLeaf(DOT1AB_LLDP, "port-id-subtype", "interface-name");
            r.addLeaf(DOT1AB_LLDP, "port-id", far.port());
            r.addLeaf(DOT1AB_LLDP, "system-name", far.hostname());
        });
    }

    /** port-number is config false: the port's 1-based hardware position, which port-maps' port-ref name. */
    private static void portNumbers(XmlNode interfaces, SwitchModel model) {
        interfaces.children("interface").forEach(itf -> itf.child(DOT1Q, "bridge-port").ifPresent(bp -> {
            int index = model.ports().indexOf(itf.childText("name").orElse(""));
            if (index >= 0) Trees.set(bp, DOT1Q, "port-number", Integer.toString(index + 1));
        }));
    }

    private void bridgeState(XmlNode bridges, Optional<XmlNode> interfaces, SwitchModel model) {
        bridges.children("bridge").forEach(bridge ->
                bridge.children("component").forEach(comp -> {
                    List<String> bridgePorts = interfaces.map(i -> i.children("interface").stream()
                            .filter(itf -> itf.child(DOT1Q, "bridge-port").isPresent())
                            .map(itf -> itf.childText("name").orElse("")).toList()).orElse(List.of());
                    comp.removeIf(c -> c.is(DOT1Q, "bridge-port"));
                    bridgePorts.forEach(p -> comp.addLeaf(DOT1Q, "bridge-port", p));
                    comp.path("bridge-vlan").ifPresent(bv -> bv.children("vlan").forEach(vlan ->
                            vlanMembers(vlan, comp, interfaces, model)));
                }));
    }

    private void vlanMembers(XmlNode vlan, XmlNode comp, Optional<XmlNode> interfaces, SwitchModel model) {
        int vid;
        try {
            vid = Integer.parseInt(vlan.childText("vid").orElse(""));
        } catch (NumberFormatException e) {
            return;
        }
        Set<String> untagged = new LinkedHashSet<>();
        Set<String> egress = new LinkedHashSet<>();
        interfaces.ifPresent(i -> i.children("interface").forEach(itf -> itf.child(DOT1Q, "bridge-port")
                .flatMap(bp -> bp.childText("pvid")).filter(p -> p.equals(Integer.toString(vid))).ifPresent(p -> {
                    untagged.add(itf.childText("name").orElse(""));
                    egress.add(itf.childText("name").orElse(""));
                })));
        comp.path("filtering-database").ifPresent(fdb -> fdb.children("vlan-registration-entry").stream()
                .filter(e -> VlanMembership.inVidRange(e.childText("vids").orElse(""), vid))
                .forEach(e -> e.children("port-map").forEach(pm -> VlanMembership.portOf(model, pm.childText("port-ref").orElse(""))
                        .ifPresent(port -> {
                            String tx = pm.path("static-vlan-registration-entries", "vlan-transmitted").map(XmlNode::text).orElse("tagged");
                            egress.add(port);
                            if (tx.equals("untagged")) untagged.add(port);
                        }))));
        vlan.removeIf(c -> c.is(DOT1Q, "untagged-ports") || c.is(DOT1Q, "egress-ports"));
        untagged.forEach(p -> vlan.addLeaf(DOT1Q, "untagged-ports", p));
        egress.forEach(p -> vlan.addLeaf(DOT1Q, "egress-ports", p));
    }

    private void hardware(XmlNode data, SwitchIdentity id) {
        XmlNode hw = data.getOrAdd(IETF_HARDWARE, "hardware");
        ListEntries components = ListEntries.of(hw, IETF_HARDWARE, "component", "name");
        XmlNode chassis = components.entry("chassis");
        Trees.identity(chassis, IETF_HARDWARE, "class", "ianahw", IANA_HARDWARE, "chassis");
        Trees.set(chassis, IETF_HARDWARE, "mfg-name", id.model().vendor());
        Trees.set(chassis, IETF_HARDWARE, "model-name", id.model().name());
        Trees.set(chassis, IETF_HARDWARE, "serial-num", id.serial());
        Trees.set(chassis, IETF_HARDWARE, "software-rev", id.model().osVersion());
        List<String> ports = new ArrayList<>(id.model().ports());
        for (int i = 0; i < ports.size(); i++) {
            XmlNode port = components.entry(ports.get(i));
            Trees.identity(port, IETF_HARDWARE, "class", "ianahw", IANA_HARDWARE, "port");
            Trees.set(port, IETF_HARDWARE, "parent", "chassis");
            Trees.set(port, IETF_HARDWARE, "parent-rel-pos", Integer.toString(i + 1));
        }
    }

    @Override
    public List<String> moduleCapabilities() {
        // ietf-interfaces, ieee802-dot1q-bridge and ieee802-dot1ab-lldp are YANG 1.1: listed only in the yang-library
        return List.of(
                "urn:ietf:params:xml:ns:yang:ietf-system?module=ietf-system&revision=2014-08-06",
                "urn:ietf:params:xml:ns:yang:iana-if-type?module=iana-if-type&revision=2014-05-08");
    }
}
