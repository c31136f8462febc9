package org.switchover.lab.state;

import static org.switchover.lab.config.Schema.XE_NATIVE;
import static org.switchover.lab.config.Schema.XE_SWITCH;
import static org.switchover.lab.config.Schema.XE_VLAN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;

/**
 * The iosxe platform's state, in the shapes of Cisco's published IOS XE 26.1.1 operational models
 * (all under {@code <get>}, beside the running Cisco-IOS-XE-native configuration):
 * <ul>
 * <li>Cisco-IOS-XE-interfaces-oper {@code /interfaces/interface[name]}: name (full, as
 *     {@code GigabitEthernet1/0/1}), interface-type, admin-status ({@code if-state-up/-down}),
 *     oper-status ({@code if-oper-state-ready}, {@code -no-pass} when down), phys-address,
 *     description and mtu as configured; every hardware port and every configured interface;
 * <li>Cisco-IOS-XE-lldp-oper {@code /lldp-entries/lldp-entry[device-id local-interface
 *     connecting-interface]} with ttl 120 for each neighbour heard;
 * <li>Cisco-IOS-XE-vlan-oper {@code /vlans/vlan[id]}: name, status active and
 *     {@code vlan-interfaces} for the ports that carry it: VLAN 1 "default" (ports without a
 *     switchport mode) and each VLAN of the VLAN table, as a Catalyst reports them;
 * <li>Cisco-IOS-XE-device-hardware-oper {@code /device-hardware-data/device-hardware}: the
 *     chassis entry of {@code device-inventory} (part-number = hardware model, serial-number,
 *     hw-description) and {@code device-system-data/software-version}.
 * </ul>
 */
final class IosxeState implements StateModel {
    static final String IF_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper";
    static final String LLDP_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-lldp-oper";
    static final String VLAN_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-vlan-oper";
    static final String HW_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-device-hardware-oper";
    private static final Pattern NAME = Pattern.compile("([A-Za-z][A-Za-z-]*?)([0-9].*)");

    @Override
    public boolean adminEnabled(XmlNode running, String port) {
        return interfaceOf(running, port).map(i -> i.child(XE_NATIVE, "shutdown").isEmpty()).orElse(true);
    }

    @Override
    public Optional<String> hostname(XmlNode running) {
        return running.child(XE_NATIVE, "native").flatMap(n -> n.child(XE_NATIVE, "hostname")).map(XmlNode::text);
    }

    /** The native interface entry of {@code port} ({@code GigabitEthernet1/0/1} is list GigabitEthernet, name 1/0/1). */
    private static Optional<XmlNode> interfaceOf(XmlNode running, String port) {
        Matcher m = NAME.matcher(port);
        if (!m.matches()) return Optional.empty();
        Optional<XmlNode> interfaces = running.child(XE_NATIVE, "native").flatMap(n -> n.child(XE_NATIVE, "interface"));
        if (interfaces.isEmpty()) return Optional.empty();
        for (XmlNode e : interfaces.get().children()) {
            if (e.name().equals(m.group(1)) && Trees.keyIs(e, "name", m.group(2))) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Every configured native interface by full name, in configuration order. */
    private static Map<String, XmlNode> configured(XmlNode running) {
        Map<String, XmlNode> out = new LinkedHashMap<>();
        running.child(XE_NATIVE, "native").flatMap(n -> n.child(XE_NATIVE, "interface"))
                .ifPresent(i -> i.children().forEach(e -> e.childText("name").ifPresent(n -> out.put(e.name() + n, e))));
        return out;
    }

    @Override
    public XmlNode data(XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports, FilterRoots wanted) {
        XmlNode data = Trees.copyOf(running, wanted);
        Map<String, XmlNode> configured = configured(running);
        List<String> names = new ArrayList<>(id.model().ports());
        configured.keySet().stream().filter(n -> !id.model().hasPort(n)).forEach(names::add);
        boolean interfaces = wanted.mayMatch(IF_OPER, "interfaces");
        boolean lldp = wanted.mayMatch(LLDP_OPER, "lldp-entries");
        if (interfaces || lldp) {
            XmlNode ifs = interfaces ? data.add(XmlNode.container(IF_OPER, "interfaces")) : null;
            XmlNode entries = lldp ? data.add(XmlNode.container(LLDP_OPER, "lldp-entries")) : null;
            int index = 0;
            for (String name : names) {
                index++;
                boolean hardware = id.model().hasPort(name);
                boolean enabled = adminEnabled(running, name);
                PortStatus status = hardware ? ports.apply(name) : new PortStatus(enabled, enabled, Optional.empty());
                if (ifs != null) interfaceState(ifs, name, index, status, Optional.ofNullable(configured.get(name)), id);
                if (entries != null) status.neighbour().ifPresent(far -> lldpEntry(entries, name, far));
            }
        }
        if (wanted.mayMatch(VLAN_OPER, "vlans")) vlans(data, running, configured, names);
        if (wanted.mayMatch(HW_OPER, "device-hardware-data")) hardware(data, id);
        return data;
    }

    private static void interfaceState(XmlNode ifs, String name, int index, PortStatus status, Optional<XmlNode> config,
            SwitchIdentity id) {
        XmlNode itf = ifs.add(XmlNode.container(IF_OPER, "interface"));
        itf.addLeaf(IF_OPER, "name", name);
        itf.addLeaf(IF_OPER, "interface-type", name.startsWith("Vlan") || name.startsWith("Loopback")
                ? "iana-iftype-propvirtual" : "iana-iftype-ethernet-csmacd");
        itf.addLeaf(IF_OPER, "admin-status", status.adminUp() ? "if-state-up" : "if-state-down");
        itf.addLeaf(IF_OPER, "oper-status", status.operUp() ? "if-oper-state-ready" : "if-oper-state-no-pass");
        itf.addLeaf(IF_OPER, "if-index", Integer.toString(index));
        itf.addLeaf(IF_OPER, "phys-address", id.chassisMac());
        config.flatMap(c -> c.child(XE_NATIVE, "description")).ifPresent(d -> itf.addLeaf(IF_OPER, "description", d.text()));
        itf.addLeaf(IF_OPER, "mtu", config.flatMap(c -> c.childText("mtu")).orElse("1500"));
    }

    private static void lldpEntry(XmlNode entries, String port, FarEnd far) {
        XmlNode e = entries.add(XmlNode.container(LLDP_OPER, "lldp-entry"));
        e.addLeaf(LLDP_OPER, "device-id", far.hostname());
        e.addLeaf(LLDP_OPER, "local-interface", port);
        e.addLeaf(LLDP_OPER, "connecting-interface", far.port());
        e.addLeaf(LLDP_OPER, "ttl", "120");
    }

    private static void vlans(XmlNode data, XmlNode running, Map<String, XmlNode> configured, List<String> ports) {
        Map<Integer, String> table = new TreeMap<>();
        table.put(1, "default");
        running.child(XE_NATIVE, "native").flatMap(n -> n.child(XE_NATIVE, "vlan")).ifPresent(v -> v.children("vlan-list").forEach(e -> {
            if (!e.namespace().equals(XE_VLAN)) return;
            int vid = Integer.parseInt(e.childText("id").orElse("0"));
            table.put(vid, e.childText("name").orElse(String.format("VLAN%04d", vid)));
        }));
        XmlNode vlans = data.add(XmlNode.container(VLAN_OPER, "vlans"));
        table.forEach((vid, name) -> {
            XmlNode vlan = vlans.add(XmlNode.container(VLAN_OPER, "vlan"));
            vlan.addLeaf(VLAN_OPER, "id", vid.toString());
            vlan.addLeaf(VLAN_OPER, "name", name);
            vlan.addLeaf(VLAN_OPER, "status", "active");
            for (String port : ports) {
                if (carries(configured.get(port), vid)) {
                    vlan.add(XmlNode.container(VLAN_OPER, "vlan-interfaces")).addLeaf(VLAN_OPER, "interface", port);
                }
            }
        });
    }

    /** Whether a port configured as {@code itf} (null: unconfigured, access VLAN 1) carries {@code vid}. */
    private static boolean carries(XmlNode itf, int vid) {
        Optional<XmlNode> sp = itf == null ? Optional.empty() : itf.path("switchport-config", "switchport");
        Optional<XmlNode> mode = sp.flatMap(s -> s.child(XE_SWITCH, "mode"));
        if (mode.isPresent() && mode.get().child("trunk").isPresent()) {
            return sp.flatMap(s -> s.child(XE_SWITCH, "trunk")).flatMap(t -> t.path("allowed", "vlan-v2", "vlan-choices", "vlans"))
                    .map(v -> VlanMembership.inVidRange(v.text(), vid)).orElse(true);
        }
        String access = sp.flatMap(s -> s.child(XE_SWITCH, "access")).flatMap(a -> a.path("vlan", "vlan")).map(XmlNode::text).orElse("1");
        return access.trim().equals(Integer.toString(vid));
    }

    private static void hardware(XmlNode data, SwitchIdentity id) {
        XmlNode hw = data.add(XmlNode.container(HW_OPER, "device-hardware-data")).add(XmlNode.container(HW_OPER, "device-hardware"));
        XmlNode chassis = hw.add(XmlNode.container(HW_OPER, "device-inventory"));
        chassis.addLeaf(HW_OPER, "hw-type", "hw-type-chassis");
        chassis.addLeaf(HW_OPER, "hw-dev-index", "1");
        chassis.addLeaf(HW_OPER, "version", "V01");
        chassis.addLeaf(HW_OPER, "part-number", id.model().name());
        chassis.addLeaf(HW_OPER, "serial-number", id.serial());
        chassis.addLeaf(HW_OPER, "hw-description", id.model().vendor() + " " + id.model().name() + " chassis");
        chassis.addLeaf(HW_OPER, "dev-name", "Switch 1");
        XmlNode system = hw.add(XmlNode.container(HW_OPER, "device-system-data"));
        system.addLeaf(HW_OPER, "software-version", id.model().osVersion());
        system.addLeaf(HW_OPER, "mac-address", id.chassisMac());
    }

    @Override
    public List<String> moduleCapabilities() {
        return YangLibrary.modules(org.switchover.lab.SwitchPlatform.IOSXE).stream()
                .map(m -> m.namespace() + "?module=" + m.name() + "&revision=" + m.revision()).toList();
    }
}
