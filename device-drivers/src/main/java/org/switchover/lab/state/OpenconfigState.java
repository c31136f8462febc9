package org.switchover.lab.state;

import static org.switchover.lab.config.Schema.IANA_IF_TYPE;
import static org.switchover.lab.config.Schema.OC_ETHERNET;
import static org.switchover.lab.config.Schema.OC_INTERFACES;
import static org.switchover.lab.config.Schema.OC_LLDP;
import static org.switchover.lab.config.Schema.OC_NETINST;
import static org.switchover.lab.config.Schema.OC_PLATFORM;
import static org.switchover.lab.config.Schema.OC_SYSTEM;
import static org.switchover.lab.config.Schema.OC_VLAN;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;

/**
 * The openconfig platform's state. Served paths (all under {@code <get>}):
 * <ul>
 * <li>{@code /system/state/hostname}, {@code software-version} (openconfig-system);
 * <li>{@code /interfaces/interface[name]/state}: name, type, enabled, admin-status, oper-status
 *     (UP/DOWN), description, mtu, for every hardware port and every configured interface, and
 *     {@code ethernet/switched-vlan/state} mirroring its config (openconfig-interfaces, -vlan);
 * <li>{@code /network-instances/network-instance/vlans/vlan[vlan-id]/state} and
 *     {@code members/member/state/interface} derived from the ports' switched-vlan config;
 * <li>{@code /lldp/interfaces/interface[name]/neighbors/neighbor[id]/state}: system-name,
 *     chassis-id (MAC_ADDRESS), port-id (INTERFACE_NAME) (openconfig-lldp);
 * <li>{@code /components/component} (openconfig-platform): {@code chassis} (type CHASSIS,
 *     model-name and part-no = hardware model, serial-no, mfg-name, software-version), {@code os}
 *     (OPERATING_SYSTEM, software-version) and one PORT component per hardware port, named as
 *     the port, parent {@code chassis}, in hardware order.
 * </ul>
 * The EOS personality serves the same paths as Arista's deviations allow: no
 * {@code switched-vlan/state} (not supported on EOS; the mode and VLANs stay in config), and its
 * hello lists the EOS 4.36.1F OpenConfig modules with Arista's deviation and augment modules, each
 * openconfig module naming the deviations that apply to it.
 */
final class OpenconfigState implements StateModel {
    static final String OC_PLATFORM_TYPES = "http://openconfig.net/yang/platform-types";
    static final String OC_LLDP_TYPES = "http://openconfig.net/yang/lldp/types";

    private final boolean arista;

    OpenconfigState(boolean arista) {
        this.arista = arista;
    }

    @Override
    public boolean adminEnabled(XmlNode running, String port) {
        return configOf(running, port).flatMap(c -> c.childText("enabled")).map(v -> !v.equals("false")).orElse(true);
    }

    @Override
    public Optional<String> hostname(XmlNode running) {
        return running.child(OC_SYSTEM, "system").flatMap(s -> s.path("config", "hostname")).map(XmlNode::text);
    }

    private static Optional<XmlNode> interfaceOf(XmlNode root, String port) {
        Optional<XmlNode> interfaces = root.child(OC_INTERFACES, "interfaces");
        if (interfaces.isEmpty()) return Optional.empty();
        for (XmlNode e : interfaces.get().children()) {
            if (e.name().equals("interface") && Trees.keyIs(e, "name", port)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static Optional<XmlNode> configOf(XmlNode root, String port) {
        return interfaceOf(root, port).flatMap(i -> i.child(OC_INTERFACES, "config"));
    }

    @Override
    public XmlNode data(XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports, FilterRoots wanted) {
        XmlNode data = Trees.copyOf(running, wanted);
        if (wanted.mayMatch(OC_SYSTEM, "system")) {
            XmlNode sysState = data.getOrAdd(OC_SYSTEM, "system").getOrAdd(OC_SYSTEM, "state");
            Trees.set(sysState, OC_SYSTEM, "hostname", hostname(running).orElse(id.name()));
            Trees.set(sysState, OC_SYSTEM, "software-version", id.model().osVersion());
        }
        boolean interfaces = wanted.mayMatch(OC_INTERFACES, "interfaces");
        boolean lldp = wanted.mayMatch(OC_LLDP, "lldp");
        if (interfaces || lldp) portState(data, running, id, ports, interfaces, lldp);
        // state adds no switched-vlan config, so running's interfaces give the VLAN members as the built ones would
        data.child(OC_NETINST, "network-instances").ifPresent(nis -> vlanState(nis, running.child(OC_INTERFACES, "interfaces")));
        if (wanted.mayMatch(OC_PLATFORM, "components")) components(data, id);
        return data;
    }

    /** The per-port state: {@code interfaces} entries and {@code lldp} interfaces, each when asked for. */
    private void portState(XmlNode data, XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports,
            boolean withInterfaces, boolean withLldp) {
        ListEntries interfaceEntries = withInterfaces
                ? ListEntries.of(data.getOrAdd(OC_INTERFACES, "interfaces"), OC_INTERFACES, "interface", "name") : null;
        ListEntries lldpEntries = withLldp
                ? ListEntries.of(data.getOrAdd(OC_LLDP, "lldp").getOrAdd(OC_LLDP, "interfaces"), OC_LLDP, "interface", "name") : null;
        Trees.forEachPort(running, OC_INTERFACES, id, withInterfaces, ports, name -> adminEnabled(running, name), p -> {
            if (withInterfaces) interfaceState(interfaceEntries.entry(p.name()), p.name(), p.status());
            if (p.hardware() && withLldp) lldpState(lldpEntries.entry(p.name()), p.name(), p.status());
        });
    }

    private void interfaceState(XmlNode itf, String name, PortStatus status) {
        if (itf.child(OC_INTERFACES, "config").isEmpty()) {
            // an unconfigured hardware port still exists with its defaults; its key is a leafref to config/name
            XmlNode defaults = itf.add(XmlNode.container(OC_INTERFACES, "config"));
            defaults.addLeaf(OC_INTERFACES, "name", name);
            Trees.identity(defaults, OC_INTERFACES, "type", "ianaift", IANA_IF_TYPE, "ethernetCsmacd");
        }
        Optional<XmlNode> config = itf.child(OC_INTERFACES, "config");
        XmlNode state = itf.getOrAdd(OC_INTERFACES, "state");
        Trees.set(state, OC_INTERFACES, "name", name);
        Optional<XmlNode> type = config.flatMap(c -> c.child("type"));
        if (type.isPresent()) {
            Trees.copyLeaf(state, OC_INTERFACES, type.get());
        } else {
            Trees.identity(state, OC_INTERFACES, "type", "ianaift", IANA_IF_TYPE, "ethernetCsmacd");
        }
        Trees.set(state, OC_INTERFACES, "enabled", Boolean.toString(status.adminUp()));
        Trees.set(state, OC_INTERFACES, "admin-status", status.adminUp() ? "UP" : "DOWN");
        Trees.set(state, OC_INTERFACES, "oper-status", status.operUp() ? "UP" : "DOWN");
        config.flatMap(c -> c.child("description")).ifPresent(d -> Trees.set(state, OC_INTERFACES, "description", d.text()));
        config.flatMap(c -> c.child("mtu")).ifPresent(d -> Trees.set(state, OC_INTERFACES, "mtu", d.text()));
        if (arista) return; // arista-interfaces-notsupported-deviations: switched-vlan/state is not supported
        itf.path("ethernet", "switched-vlan", "config").ifPresent(svConfig -> {
            XmlNode sv = itf.child(OC_ETHERNET, "ethernet").orElseThrow().child(OC_VLAN, "switched-vlan").orElseThrow();
            XmlNode svState = sv.getOrAdd(OC_VLAN, "state");
            svState.children().clear();
            svConfig.children().forEach(leaf -> {
                XmlNode copy = svState.addLeaf(OC_VLAN, leaf.name(), leaf.text());
                copy.valuePrefixes().putAll(leaf.valuePrefixes());
            });
        });
    }

    private void lldpState(XmlNode itf, String name, PortStatus status) {
        XmlNode config = itf.getOrAdd(OC_LLDP, "config");
        if (config.child("name").isEmpty()) config.addLeaf(OC_LLDP, "name", name);
        Trees.set(itf.getOrAdd(OC_LLDP, "state"), OC_LLDP, "name", name);
        itf.removeIf(c -> c.is(OC_LLDP, "neighbors"));
        status.neighbour().ifPresent(far -> {
            XmlNode neighbor = itf.getOrAdd(OC_LLDP, "neighbors").add(XmlNode.container(OC_LLDP, "neighbor"));
            neighbor.addLeaf(OC_LLDP, "id", "1");
            XmlNode state = neighbor.add(XmlNode.container(OC_LLDP, "state"));
            state.addLeaf(OC_LLDP, "id", "1");
            state.addLeaf(OC_LLDP, "system-name", far.hostname());
            state.addLeaf(OC_LLDP, "chassis-id", far.chassisId());
            state.addLeaf(OC_LLDP, "chassis-id-type", "MAC_ADDRESS");
            state.addLeaf(OC_LLDP, "port-id", far.port());
            state.addLeaf(OC_LLDP, "port-id-type", "INTERFACE_NAME");
        });
    }

    private void vlanState(XmlNode nis, Optional<XmlNode> interfaces) {
        nis.children("network-instance").forEach(ni -> {
            ni.child(OC_NETINST, "config").ifPresent(config -> {
                XmlNode state = ni.getOrAdd(OC_NETINST, "state");
                config.children().forEach(leaf -> Trees.copyLeaf(state, OC_NETINST, leaf));
            });
            ni.child(OC_NETINST, "vlans").ifPresent(vlans -> vlans.children("vlan").forEach(vlan -> {
                    String vid = vlan.childText("vlan-id").orElse("");
                    XmlNode state = vlan.getOrAdd(OC_NETINST, "state");
                    Trees.set(state, OC_NETINST, "vlan-id", vid);
                    vlan.path("config", "name").ifPresent(n -> Trees.set(state, OC_NETINST, "name", n.text()));
                    Trees.set(state, OC_NETINST, "status", vlan.path("config", "status").map(XmlNode::text).orElse("ACTIVE"));
                    vlan.removeIf(c -> c.name().equals("members"));
                    int number = Integer.parseInt(vid);
                    List<String> members = interfaces.map(i -> VlanMembership.openconfigMembers(i, number)).orElse(List.of());
                    if (!members.isEmpty()) {
                        XmlNode m = vlan.add(XmlNode.container(vlan.namespace(), "members"));
                        members.forEach(port -> m.add(XmlNode.container(vlan.namespace(), "member"))
                                .add(XmlNode.container(vlan.namespace(), "state")).addLeaf(vlan.namespace(), "interface", port));
                    }
                }));
        });
    }

    private void components(XmlNode data, SwitchIdentity id) {
        ListEntries components = ListEntries.of(data.getOrAdd(OC_PLATFORM, "components"), OC_PLATFORM, "component", "name");
        XmlNode chassis = component(components, "chassis");
        Trees.set(chassis, OC_PLATFORM, "name", "chassis");
        Trees.identity(chassis, OC_PLATFORM, "type", "oc-platform-types", OC_PLATFORM_TYPES, "CHASSIS");
        Trees.set(chassis, OC_PLATFORM, "description", id.model().vendor() + " " + id.model().name());
        Trees.set(chassis, OC_PLATFORM, "mfg-name", id.model().vendor());
        Trees.set(chassis, OC_PLATFORM, "software-version", id.model().osVersion());
        Trees.set(chassis, OC_PLATFORM, "serial-no", id.serial());
        Trees.set(chassis, OC_PLATFORM, "part-no", id.model().name());
        Trees.set(chassis, OC_PLATFORM, "model-name", id.model().name());
        Trees.set(chassis, OC_PLATFORM, "base-mac-address", id.chassisMac());
        XmlNode os = component(components, "os");
        Trees.set(os, OC_PLATFORM, "name", "os");
        Trees.identity(os, OC_PLATFORM, "type", "oc-platform-types", OC_PLATFORM_TYPES, "OPERATING_SYSTEM");
        Trees.set(os, OC_PLATFORM, "software-version", id.model().osVersion());
        for (String port : id.model().ports()) {
            XmlNode state = component(components, port);
            Trees.set(state, OC_PLATFORM, "name", port);
            Trees.identity(state, OC_PLATFORM, "type", "oc-platform-types", OC_PLATFORM_TYPES, "PORT");
            Trees.set(state, OC_PLATFORM, "parent", "chassis");
        }
    }

    /** The state container of component {@code name}; its key is a leafref to config/name, so that exists too. */
    private static XmlNode component(ListEntries components, String name) {
        XmlNode component = components.entry(name);
        Trees.set(component.getOrAdd(OC_PLATFORM, "config"), OC_PLATFORM, "name", name);
        return component.getOrAdd(OC_PLATFORM, "state");
    }

    @Override
    public List<String> moduleCapabilities() {
        return arista ? EosModules.CAPABILITIES : List.of(
                "http://openconfig.net/yang/interfaces?module=openconfig-interfaces&revision=2026-01-06",
                "http://openconfig.net/yang/interfaces/ethernet?module=openconfig-if-ethernet&revision=2026-06-22",
                "http://openconfig.net/yang/vlan?module=openconfig-vlan&revision=2023-02-07",
                "http://openconfig.net/yang/network-instance?module=openconfig-network-instance&revision=2026-03-17",
                "http://openconfig.net/yang/lldp?module=openconfig-lldp&revision=2026-04-06",
                "http://openconfig.net/yang/system?module=openconfig-system&revision=2026-03-31",
                "http://openconfig.net/yang/platform?module=openconfig-platform&revision=2025-07-15",
                "urn:ietf:params:xml:ns:yang:iana-if-type?module=iana-if-type&revision=2014-05-08");
    }
}
