package org.switchover.lab.state;

import static org.switchover.lab.config.Schema.JUNOS_INTERFACES;
import static org.switchover.lab.config.Schema.JUNOS_ROOT;
import static org.switchover.lab.config.Schema.JUNOS_VLANS;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.switchover.lab.config.CommitHistory;
import org.switchover.lab.config.XmlNode;

/**
 * The replies of the Junos operational RPCs a lab switch answers, derived from running and the
 * cabling, in the shapes Juniper's RPC YANG models ({@code junos-ex-rpc-*}, 23.4R2) describe and in
 * their namespaces: {@code get-interface-information}, {@code get-lldp-neighbors-information},
 * {@code get-ethernet-switching-interface-details}. The RPCs no published model describes
 * ({@code get-software-information}, {@code get-chassis-inventory}, {@code get-commit-information})
 * follow Juniper's documented element names in the Junos namespace.
 */
public final class JunosReplies {
    public static final String RPC_INTERFACES = "http://yang.juniper.net/junos-ex/rpc/interfaces";
    public static final String RPC_LLDP = "http://yang.juniper.net/junos-ex/rpc/lldp";
    public static final String RPC_SWITCHING = "http://yang.juniper.net/junos-ex/rpc/ethernet-switching";
    /** The namespace Junos 23.4R2 puts on replies of its own schema. */
    public static final String JUNOS = "http://xml.juniper.net/junos/23.4R2/junos";
    static final List<String> MODULES = List.of(
            "junos-ex-conf-root", "junos-ex-conf-system", "junos-ex-conf-interfaces", "junos-ex-conf-vlans", "junos-ex-conf-protocols");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private JunosReplies() {}

    public static XmlNode softwareInformation(String hostname, SwitchIdentity id) {
        XmlNode info = XmlNode.container(JUNOS, "software-information");
        info.addLeaf(JUNOS, "host-name", hostname);
        info.addLeaf(JUNOS, "product-model", id.model().name());
        info.addLeaf(JUNOS, "product-name", id.model().name());
        info.addLeaf(JUNOS, "junos-version", id.model().osVersion());
        return info;
    }

    public static XmlNode chassisInventory(SwitchIdentity id) {
        XmlNode inventory = XmlNode.container(JUNOS, "chassis-inventory");
        XmlNode chassis = inventory.add(XmlNode.container(JUNOS, "chassis"));
        chassis.addLeaf(JUNOS, "name", "Chassis");
        chassis.addLeaf(JUNOS, "serial-number", id.serial());
        chassis.addLeaf(JUNOS, "description", id.model().name());
        return inventory;
    }

    /** One {@code physical-interface} per hardware port, in hardware order. */
    public static XmlNode interfaceInformation(XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports) {
        XmlNode info = XmlNode.container(RPC_INTERFACES, "interface-information");
        for (String port : id.model().ports()) {
            PortStatus status = ports.apply(port);
            Optional<XmlNode> config = JunosState.interfaceOf(running, port);
            XmlNode p = info.add(XmlNode.container(RPC_INTERFACES, "physical-interface"));
            p.addLeaf(RPC_INTERFACES, "name", port);
            p.addLeaf(RPC_INTERFACES, "admin-status", status.adminUp() ? "up" : "down");
            p.addLeaf(RPC_INTERFACES, "oper-status", status.operUp() ? "up" : "down");
            config.flatMap(c -> c.childText("description")).ifPresent(d -> p.addLeaf(RPC_INTERFACES, "description", d));
            p.addLeaf(RPC_INTERFACES, "if-type", "Ethernet");
            p.addLeaf(RPC_INTERFACES, "mtu", config.flatMap(c -> c.childText("mtu")).orElse("1514"));
            p.addLeaf(RPC_INTERFACES, "speed", port.startsWith("xe-") ? "10Gbps" : port.startsWith("et-") ? "40Gbps" : "1000mbps");
        }
        return info;
    }

    /** One {@code lldp-neighbor-information} per port that hears a neighbour. */
    public static XmlNode lldpNeighbors(SwitchIdentity id, Function<String, PortStatus> ports) {
        XmlNode info = XmlNode.container(RPC_LLDP, "lldp-neighbors-information");
        for (String port : id.model().ports()) {
            ports.apply(port).neighbour().ifPresent(far -> {
                XmlNode n = info.add(XmlNode.container(RPC_LLDP, "lldp-neighbor-information"));
                n.addLeaf(RPC_LLDP, "lldp-local-port-id", port);
                n.addLeaf(RPC_LLDP, "lldp-local-parent-interface-name", "-");
                n.addLeaf(RPC_LLDP, "lldp-remote-chassis-id-subtype", "Mac address");
                n.addLeaf(RPC_LLDP, "lldp-remote-chassis-id", far.chassisId());
                n.addLeaf(RPC_LLDP, "lldp-remote-port-id-subtype", "Interface name");
                n.addLeaf(RPC_LLDP, "lldp-remote-port-id", far.port());
                n.addLeaf(RPC_LLDP, "lldp-remote-system-name", far.hostname());
            });
        }
        return info;
    }

    /**
     * One {@code l2ng-l2ald-iff-interface-entry} per interface unit and VLAN it is a member of:
     * access members untagged, trunk members tagged. Members name a VLAN or give its id.
     */
    public static XmlNode switchingInterfaces(XmlNode running) {
        XmlNode info = XmlNode.container(RPC_SWITCHING, "l2ng-l2ald-iff-interface-information");
        Optional<XmlNode> configuration = running.child(JUNOS_ROOT, "configuration");
        Map<String, String> idByName = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
        configuration.flatMap(c -> c.child(JUNOS_VLANS, "vlans")).ifPresent(v -> v.children("vlan").forEach(vlan -> {
            String name = vlan.childText("name").orElse("");
            vlan.childText("vlan-id").ifPresent(vid -> {
                idByName.put(name, vid);
                nameById.putIfAbsent(vid, name);
            });
        }));
        configuration.flatMap(c -> c.child(JUNOS_INTERFACES, "interfaces")).ifPresent(ifs -> ifs.children("interface").forEach(itf -> {
            String port = itf.childText("name").orElse("");
            for (XmlNode unit : itf.children("unit")) {
                unit.path("family", "ethernet-switching").ifPresent(es -> {
                    boolean trunk = es.childText("interface-mode").orElse("access").equals("trunk");
                    es.path("vlan").ifPresent(v -> v.children("members").forEach(m -> {
                        String member = m.text().trim();
                        String vid = idByName.getOrDefault(member, member);
                        if (!vid.matches("\\d+")) return;
                        XmlNode e = info.add(XmlNode.container(RPC_SWITCHING, "l2ng-l2ald-iff-interface-entry"));
                        e.addLeaf(RPC_SWITCHING, "l2iff-interface-name", port + "." + unit.childText("name").orElse("0"));
                        e.addLeaf(RPC_SWITCHING, "l2iff-interface-vlan-name", idByName.containsKey(member) ? member : nameById.getOrDefault(vid, "vlan" + vid));
                        e.addLeaf(RPC_SWITCHING, "l2iff-interface-vlan-id", vid);
                        e.addLeaf(RPC_SWITCHING, "l2iff-interface-vlan-member-tagness", trunk ? "tagged" : "untagged");
                    }));
                });
            }
        }));
        return info;
    }

    /** The commit history, newest first, as {@code show system commit} lists it. */
    public static XmlNode commitInformation(List<CommitHistory.Entry> history) {
        XmlNode info = XmlNode.container(JUNOS, "commit-information");
        for (int i = 0; i < history.size(); i++) {
            CommitHistory.Entry e = history.get(i);
            XmlNode h = info.add(XmlNode.container(JUNOS, "commit-history"));
            h.addLeaf(JUNOS, "sequence-number", Integer.toString(i));
            h.addLeaf(JUNOS, "user", e.user());
            h.addLeaf(JUNOS, "client", e.client());
            h.addLeaf(JUNOS, "date-time", DATE.format(e.at()));
            if (!e.comment().isEmpty()) h.addLeaf(JUNOS, "comment", e.comment());
            if (!e.log().isEmpty()) h.addLeaf(JUNOS, "log", e.log());
        }
        return info;
    }
}
