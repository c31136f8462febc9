package org.switchover.platform.junos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.VlanState;
import org.switchover.platform.DeviceXml;
import org.w3c.dom.Element;

/**
 * Reads the replies of the Junos state RPCs into neutral records, by local name: the element
 * names are what Juniper's RPC YANG models ({@code junos-ex-rpc-*}) and reply documentation give,
 * while the namespace a device puts on them varies by release.
 * <ul>
 * <li>{@code get-interface-information}: {@code physical-interface} name, admin-status, oper-status, description, speed;
 * <li>{@code get-ethernet-switching-interface-details}: {@code l2ng-l2ald-iff-interface-entry} per interface unit
 *     and VLAN (vlan-name, vlan-id, tagness), an entry without a name continuing the interface before it;
 * <li>{@code get-lldp-neighbors-information}: {@code lldp-neighbor-information} local port, remote system name and port id;
 * <li>{@code get-software-information}, {@code get-chassis-inventory}: host name, model, version, chassis serial.
 * </ul>
 */
final class JunosState {

    private final String device;

    JunosState(String device) {
        this.device = device;
    }

    DeviceFacts facts(Element software, Element inventory, Element interfaces) {
        Optional<Element> info = first(software, "software-information");
        String hostname = info.flatMap(i -> text(i, "host-name")).orElse("");
        String model = info.flatMap(i -> text(i, "product-model")).orElse("");
        String version = info.flatMap(i -> text(i, "junos-version")).orElse("");
        String serial = first(inventory, "chassis").flatMap(c -> text(c, "serial-number")).orElse("");
        List<String> ports = physical(interfaces).stream().map(p -> name(p, "physical-interface")).toList();
        return new DeviceFacts(hostname, model, serial, version, ports);
    }

    List<InterfaceState> interfaces(Element interfaces, Element switching) {
        Map<String, Membership> members = memberships(switching);
        List<InterfaceState> out = new ArrayList<>();
        for (Element p : physical(interfaces)) {
            String name = name(p, "physical-interface");
            String path = "/interface-information/physical-interface[name=" + name + "]";
            boolean adminUp = status(p, "admin-status", path).equals("up");
            OperStatus oper = switch (status(p, "oper-status", path)) {
                case "up" -> OperStatus.UP;
                case "down" -> OperStatus.DOWN;
                default -> OperStatus.UNKNOWN;
            };
            Membership m = members.getOrDefault(name, Membership.NONE);
            out.add(new InterfaceState(name, text(p, "description").orElse(""), adminUp, oper, m.mode(), m.access(),
                    m.tagged(), speedMbps(text(p, "speed").orElse(""))));
        }
        return out;
    }

    List<LldpNeighbor> lldpNeighbors(Element reply) {
        List<LldpNeighbor> out = new ArrayList<>();
        for (Element n : all(reply, "lldp-neighbor-information")) {
            String local = text(n, "lldp-local-port-id").or(() -> text(n, "lldp-local-interface"))
                    .orElseThrow(() -> malformed("/lldp-neighbors-information/lldp-neighbor-information", "an LLDP neighbour without its local port"));
            out.add(new LldpNeighbor(physicalName(local), text(n, "lldp-remote-system-name").orElse(""),
                    text(n, "lldp-remote-port-id").or(() -> text(n, "lldp-remote-port-description")).orElse("")));
        }
        return out;
    }

    /** The VLAN table of the configuration ({@code <data>} of a get-config of {@code vlans}). */
    List<VlanState> vlans(Element data) {
        Map<Integer, VlanState> byId = new TreeMap<>();
        for (Element v : all(data, "vlan")) {
            if (!JunosPlatform.VLANS.equals(v.getNamespaceURI())) continue;
            String name = text(v, "name").orElse("");
            Optional<String> id = text(v, "vlan-id");
            if (id.isEmpty()) continue; // a VLAN without an id carries no 802.1Q tag; nothing to report
            int vid = vlanId(id.get(), "/configuration/vlans/vlan[name=" + name + "]/vlan-id");
            byId.put(vid, new VlanState(vid, name));
        }
        return List.copyOf(byId.values());
    }

    /** One port's VLANs: untagged (access) and tagged (trunk) members. */
    private record Membership(OptionalInt untagged, Set<Integer> tagged) {
        static final Membership NONE = new Membership(OptionalInt.empty(), Set.of());

        PortMode mode() {
            if (!tagged.isEmpty()) return PortMode.TRUNK;
            return untagged.isPresent() ? PortMode.ACCESS : PortMode.NONE;
        }

        OptionalInt access() {
            return mode() == PortMode.ACCESS ? untagged : OptionalInt.empty();
        }
    }

    private Map<String, Membership> memberships(Element switching) {
        Map<String, OptionalInt> untagged = new LinkedHashMap<>();
        Map<String, Set<Integer>> tagged = new LinkedHashMap<>();
        String current = null;
        for (Element e : all(switching, "l2ng-l2ald-iff-interface-entry")) {
            Optional<String> name = text(e, "l2iff-interface-name");
            if (name.isPresent()) current = physicalName(name.get());
            Optional<String> id = text(e, "l2iff-interface-vlan-id");
            if (current == null || id.isEmpty()) continue;
            String path = "/l2ng-l2ald-iff-interface-information/l2ng-l2ald-iff-interface-entry[l2iff-interface-name=" + current + "]";
            int vid = vlanId(id.get(), path + "/l2iff-interface-vlan-id");
            String tagness = text(e, "l2iff-interface-vlan-member-tagness").orElse("untagged").toLowerCase(Locale.ROOT);
            if (tagness.equals("tagged")) {
                tagged.computeIfAbsent(current, k -> new TreeSet<>()).add(vid);
            } else {
                untagged.put(current, OptionalInt.of(vid));
            }
        }
        Map<String, Membership> out = new LinkedHashMap<>();
        Set<String> ports = new TreeSet<>(untagged.keySet());
        ports.addAll(tagged.keySet());
        for (String p : ports) {
            out.put(p, new Membership(untagged.getOrDefault(p, OptionalInt.empty()), tagged.getOrDefault(p, Set.of())));
        }
        return out;
    }

    /** Ethernet ports only: Junos lists its internal and logical devices ({@code lo0}, {@code me0}, {@code vme}) too. */
    private List<Element> physical(Element reply) {
        return all(reply, "physical-interface").stream().filter(p -> isPort(name(p, "physical-interface"))).toList();
    }

    static boolean isPort(String name) {
        return name.matches("(fe|ge|mge|xe|et)-\\d+/\\d+/\\d+(:\\d+)?");
    }

    /** {@code ge-0/0/1.0} → {@code ge-0/0/1}: membership and LLDP may name the unit. */
    static String physicalName(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return base.endsWith("*") ? base.substring(0, base.length() - 1) : base;
    }

    /** Junos writes speeds as {@code 1000mbps}, {@code 10Gbps}, {@code Auto} or {@code Unspecified}. */
    static long speedMbps(String speed) {
        String s = speed.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("gbps")) return Long.parseLong(s.substring(0, s.length() - 4)) * 1000;
            if (s.endsWith("mbps")) return Long.parseLong(s.substring(0, s.length() - 4));
        } catch (NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private String status(Element p, String leaf, String path) {
        String v = text(p, leaf).orElse("").toLowerCase(Locale.ROOT);
        if (!v.equals("up") && !v.equals("down") && !v.isEmpty()) {
            throw malformed(path + "/" + leaf, "unknown " + leaf + " '" + v + "'");
        }
        return v;
    }

    private String name(Element e, String what) {
        return text(e, "name").orElseThrow(() -> malformed("/" + what, "a " + what + " without a name"));
    }

    private int vlanId(String text, String path) {
        try {
            int id = Integer.parseInt(text.trim());
            if (id >= 1 && id <= 4094) return id;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw malformed(path, "VLAN id '" + text + "' is not in 1..4094");
    }

    private MalformedDeviceDataException malformed(String path, String problem) {
        return new MalformedDeviceDataException(device, path, problem);
    }

    private static Optional<Element> first(Element root, String local) {
        if (local.equals(root.getLocalName())) return Optional.of(root);
        List<Element> found = all(root, local);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every descendant element called {@code local}, in document order. */
    private static List<Element> all(Element root, String local) {
        List<Element> out = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", local);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    /** The trimmed text of the first child called {@code local}, if present and not empty. */
    private static Optional<String> text(Element e, String local) {
        for (Element c : DeviceXml.children(e)) {
            if (local.equals(c.getLocalName())) {
                String t = c.getTextContent().trim();
                return t.isEmpty() ? Optional.empty() : Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "JunosState[" + device + "]";
    }

}
