package org.switchover.platform.ietf;

import static org.switchover.platform.ietf.IetfPlatform.BRIDGE;
import static org.switchover.platform.ietf.IetfPlatform.HARDWARE;
import static org.switchover.platform.ietf.IetfPlatform.INTERFACES;
import static org.switchover.platform.ietf.IetfPlatform.LLDP;
import static org.switchover.platform.ietf.IetfPlatform.SYSTEM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.UninterpretedData;
import org.switchover.driver.VlanState;
import org.switchover.platform.LeafValues;
import org.switchover.platform.YangData;

/** Reads IETF/IEEE {@code <data>} into neutral records. */
final class IetfState {

    private final LeafValues values;
    private final Optional<List<String>> declared;

    IetfState(String device, Optional<List<String>> declared) {
        this.values = new LeafValues(device);
        this.declared = declared;
    }

    DeviceFacts facts(YangData data) {
        String hostname = data.leaf(SYSTEM, "system", "hostname").orElse("");
        Optional<YangData> platform = data.at(SYSTEM, "system-state", "platform");
        Optional<YangData> chassis = chassis(data);
        String model = chassis.flatMap(c -> c.leaf(HARDWARE, "model-name"))
                .or(() -> platform.flatMap(p -> p.leaf(SYSTEM, "machine"))).orElse("");
        String serial = chassis.flatMap(c -> c.leaf(HARDWARE, "serial-num")).orElse("");
        String os = platform.flatMap(p -> p.leaf(SYSTEM, "os-release"))
                .or(() -> chassis.flatMap(c -> c.leaf(HARDWARE, "software-rev"))).orElse("");
        return new DeviceFacts(hostname, model, serial, os, List.copyOf(entries(data).keySet()));
    }

    List<InterfaceState> interfaces(YangData data) {
        Map<String, YangData> config = entries(data);
        Map<String, YangData> legacy = legacyState(data);
        VlanMembership membership = VlanMembership.of(data, values, declared);
        List<InterfaceState> out = new ArrayList<>();
        for (var e : config.entrySet()) {
            out.add(one(e.getKey(), e.getValue(), Optional.ofNullable(legacy.get(e.getKey())), membership));
        }
        return out;
    }

    List<UninterpretedData> uninterpreted(YangData data) {
        return VlanMembership.of(data, values, declared).uninterpreted();
    }

    List<VlanState> vlans(YangData data) {
        Map<Integer, VlanState> byId = new TreeMap<>();
        for (YangData bridge : data.at(BRIDGE, "bridges").map(b -> b.children(BRIDGE, "bridge")).orElse(List.of())) {
            for (YangData component : bridge.children(BRIDGE, "component")) {
                for (YangData vlan : component.at(BRIDGE, "bridge-vlan").map(v -> v.children(BRIDGE, "vlan")).orElse(List.of())) {
                    int vid = values.vlanId(vlan.child(BRIDGE, "vid").orElseThrow(() -> values.malformed(vlan, "VLAN without a vid")));
                    byId.put(vid, new VlanState(vid, vlan.leaf(BRIDGE, "name").orElse("")));
                }
            }
        }
        return List.copyOf(byId.values());
    }

    List<LldpNeighbor> lldpNeighbors(YangData data) {
        List<LldpNeighbor> out = new ArrayList<>();
        for (YangData port : data.at(LLDP, "lldp").map(l -> l.children(LLDP, "port")).orElse(List.of())) {
            String name = port.leaf(LLDP, "name").orElseThrow(() -> values.malformed(port, "LLDP port without a name"));
            for (YangData remote : port.children(LLDP, "remote-systems-data")) {
                out.add(new LldpNeighbor(name, remote.leaf(LLDP, "system-name").orElse(""), remote.leaf(LLDP, "port-id").orElse("")));
            }
        }
        return out;
    }

    private InterfaceState one(String name, YangData entry, Optional<YangData> legacy, VlanMembership membership) {
        String description = entry.leaf(INTERFACES, "description").orElse("");
        Optional<YangData> adminStatus = entry.child(INTERFACES, "admin-status").or(() -> legacy.flatMap(l -> l.child(INTERFACES, "admin-status")));
        boolean adminUp = adminStatus.map(a -> "up".equals(a.text()))
                .or(() -> entry.child(INTERFACES, "enabled").map(values::bool)).orElse(true);
        OperStatus oper = entry.child(INTERFACES, "oper-status").or(() -> legacy.flatMap(l -> l.child(INTERFACES, "oper-status")))
                .map(this::operStatus).orElse(OperStatus.UNKNOWN);
        long speed = entry.child(INTERFACES, "speed").or(() -> legacy.flatMap(l -> l.child(INTERFACES, "speed")))
                .map(s -> values.longValue(s) / 1_000_000L).orElse(0L);
        Optional<YangData> bridgePort = entry.child(BRIDGE, "bridge-port");
        SortedSet<Integer> tagged = membership.tagged(name);
        SortedSet<Integer> untagged = membership.untagged(name);
        // a port that admits only tagged frames is a trunk even while it carries no VLAN yet
        boolean taggedOnly = bridgePort.flatMap(b -> b.leaf(BRIDGE, "acceptable-frame"))
                .map(f -> LeafValues.identity(f).equals("admit-only-VLAN-tagged-frames")).orElse(false);
        PortMode mode = !tagged.isEmpty() || (taggedOnly && untagged.isEmpty()) ? PortMode.TRUNK
                : (!untagged.isEmpty() || bridgePort.isPresent()) ? PortMode.ACCESS : PortMode.NONE;
        OptionalInt access = OptionalInt.empty();
        if (mode == PortMode.ACCESS) {
            Optional<YangData> pvid = bridgePort.flatMap(b -> b.child(BRIDGE, "pvid"));
            access = pvid.isPresent() ? OptionalInt.of(values.vlanId(pvid.get()))
                    : untagged.size() == 1 ? OptionalInt.of(untagged.first()) : OptionalInt.of(1);
        }
        Set<Integer> trunk = mode == PortMode.TRUNK ? tagged : Set.of();
        return new InterfaceState(name, description, adminUp, oper, mode, access, trunk, speed);
    }

    private OperStatus operStatus(YangData leaf) {
        try {
            return OperStatus.valueOf(leaf.text().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw values.malformed(leaf, "unknown oper-status '" + leaf.text() + "'");
        }
    }

    private Map<String, YangData> entries(YangData data) {
        return byName(data.at(INTERFACES, "interfaces"));
    }

    private Map<String, YangData> legacyState(YangData data) {
        return byName(data.at(INTERFACES, "interfaces-state"));
    }

    private Map<String, YangData> byName(Optional<YangData> container) {
        Map<String, YangData> out = new LinkedHashMap<>();
        for (YangData e : container.map(c -> c.children(INTERFACES, "interface")).orElse(List.of())) {
            String name = e.leaf(INTERFACES, "name").orElseThrow(() -> values.malformed(e, "interface without a name"));
            out.put(name, e.keyed("name", name));
        }
        return out;
    }

    private Optional<YangData> chassis(YangData data) {
        return data.at(HARDWARE, "hardware").flatMap(h -> h.children(HARDWARE, "component").stream()
                .filter(c -> c.leaf(HARDWARE, "class").map(k -> LeafValues.identity(k).equals("chassis")).orElse(false))
                .findFirst());
    }
}
