package org.switchover.platform.ietf;

import static org.switchover.platform.ietf.IetfPlatform.BRIDGE;
import static org.switchover.platform.ietf.IetfPlatform.HARDWARE;
import static org.switchover.platform.ietf.IetfPlatform.INTERFACES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.switchover.driver.UninterpretedData;
import org.switchover.platform.LeafValues;
import org.switchover.platform.VlanIds;
import org.switchover.platform.YangData;

/**
 * Which VLANs each port carries tagged and untagged, from ieee802-dot1q-bridge. Two sources are
 * read and merged: the operational {@code bridge-vlan/vlan} egress and untagged port sets, which
 * name interfaces, and the static VLAN registration entries of the filtering database, whose
 * port maps name bridge port numbers (see {@link #portNumbers}). A port-ref no numbering explains
 * is not guessed: it is left out and listed in {@link #uninterpreted()}.
 */
final class VlanMembership {

    private final Map<String, SortedSet<Integer>> tagged = new HashMap<>();
    private final Map<String, SortedSet<Integer>> untagged = new HashMap<>();
    private final List<UninterpretedData> uninterpreted = new ArrayList<>();

    private VlanMembership() {}

    /** @param declared the site's ports in hardware order when it declares {@code port_numbers: position} */
    static VlanMembership of(YangData data, LeafValues values, Optional<List<String>> declared) {
        VlanMembership m = new VlanMembership();
        Numbering numbering = portNumbers(data, values, declared);
        for (YangData component : components(data)) {
            component.at(BRIDGE, "bridge-vlan").ifPresent(bv -> bv.children(BRIDGE, "vlan").forEach(v -> m.addOperational(v, values)));
            component.at(BRIDGE, "filtering-database").ifPresent(fdb -> fdb.children(BRIDGE, "vlan-registration-entry")
                    .forEach(e -> m.addRegistration(e, numbering, values)));
        }
        return m;
    }

    SortedSet<Integer> tagged(String port) {
        return tagged.getOrDefault(port, new TreeSet<>());
    }

    SortedSet<Integer> untagged(String port) {
        return untagged.getOrDefault(port, new TreeSet<>());
    }

    /** Port maps whose port-ref no numbering explains; while any is listed the membership is incomplete. */
    List<UninterpretedData> uninterpreted() {
        return List.copyOf(uninterpreted);
    }

    private void addOperational(YangData vlan, LeafValues values) {
        int vid = values.vlanId(vlan.child(BRIDGE, "vid").orElseThrow(() -> values.malformed(vlan, "VLAN without a vid")));
        List<String> untaggedPorts = vlan.leafList(BRIDGE, "untagged-ports");
        untaggedPorts.forEach(p -> untagged.computeIfAbsent(p, k -> new TreeSet<>()).add(vid));
        vlan.leafList(BRIDGE, "egress-ports").stream().filter(p -> !untaggedPorts.contains(p))
                .forEach(p -> tagged.computeIfAbsent(p, k -> new TreeSet<>()).add(vid));
    }

    private void addRegistration(YangData entry, Numbering numbering, LeafValues values) {
        YangData vidsLeaf = entry.child(BRIDGE, "vids").orElseThrow(() -> values.malformed(entry, "registration entry without vids"));
        Set<Integer> vids;
        try {
            vids = VlanIds.expand(List.of(vidsLeaf.text()));
        } catch (IllegalArgumentException e) {
            throw values.malformed(vidsLeaf, e.getMessage());
        }
        for (YangData map : entry.children(BRIDGE, "port-map")) {
            YangData ref = map.child(BRIDGE, "port-ref").orElseThrow(() -> values.malformed(map, "port-map without port-ref"));
            long number = values.longValue(ref);
            Optional<String> port = Optional.ofNullable(numbering.byNumber().get(number));
            if (port.isEmpty()) {
                uninterpreted.add(new UninterpretedData(entry.path() + "[vids=" + vidsLeaf.text() + "]/port-map[port-ref=" + number + "]",
                        "VLAN registration of VLAN(s) " + vidsLeaf.text() + " names bridge port " + number + ", which "
                                + numbering.unexplained(number)));
                continue;
            }
            Optional<String> transmitted = map.leaf(BRIDGE, "static-vlan-registration-entries", "vlan-transmitted");
            if (transmitted.isEmpty()) continue;
            Map<String, SortedSet<Integer>> target = "untagged".equals(transmitted.get()) ? untagged : tagged;
            target.computeIfAbsent(port.get(), k -> new TreeSet<>()).addAll(vids);
        }
    }

    /** Bridge port numbers by interface name, and where they came from. */
    private record Numbering(Map<Long, String> byNumber, String source) {
        String unexplained(long number) {
            return switch (source) {
                case "" -> "cannot be matched to a port: the device publishes no bridge port numbers (bridge-port/port-number,"
                        + " if-index, ietf-hardware port positions) and the site declares none; if this device numbers its"
                        + " bridge ports by hardware position, set port_numbers: position for it in the site file";
                default -> "matches none of the " + source;
            };
        }
    }

    /**
     * Bridge port numbers by interface name, from what the device publishes, most specific first:
     * {@code bridge-port/port-number}, then the position of the ietf-hardware port component under
     * its chassis ({@code parent-rel-pos}), then the interface's {@code if-index}. Only when the
     * device publishes none of them does the site's declared numbering (ports in hardware order)
     * apply.
     */
    private static Numbering portNumbers(YangData data, LeafValues values, Optional<List<String>> declared) {
        Map<Long, String> byNumber = new HashMap<>();
        List<String> sources = new ArrayList<>();
        for (String container : List.of("interfaces-state", "interfaces")) {
            for (YangData entry : data.at(INTERFACES, container).map(i -> i.children(INTERFACES, "interface")).orElse(List.of())) {
                Optional<String> name = entry.leaf(INTERFACES, "name");
                Optional<YangData> index = entry.child(INTERFACES, "if-index");
                if (name.isPresent() && index.isPresent()) byNumber.put(values.longValue(index.get()), name.get());
            }
        }
        if (!byNumber.isEmpty()) sources.add("if-index values");
        Map<Long, String> hardware = new HashMap<>();
        for (YangData c : data.at(HARDWARE, "hardware").map(h -> h.children(HARDWARE, "component")).orElse(List.of())) {
            Optional<String> name = c.leaf(HARDWARE, "name");
            Optional<YangData> position = c.child(HARDWARE, "parent-rel-pos");
            boolean port = c.leaf(HARDWARE, "class").map(k -> LeafValues.identity(k).equals("port")).orElse(false);
            if (port && name.isPresent() && position.isPresent()) hardware.put(values.longValue(position.get()), name.get());
        }
        if (!hardware.isEmpty()) sources.add("hardware port positions");
        byNumber.putAll(hardware);
        Map<Long, String> bridgePorts = new HashMap<>();
        for (YangData entry : data.at(INTERFACES, "interfaces").map(i -> i.children(INTERFACES, "interface")).orElse(List.of())) {
            Optional<String> name = entry.leaf(INTERFACES, "name");
            Optional<YangData> number = entry.at(BRIDGE, "bridge-port", "port-number");
            if (name.isPresent() && number.isPresent()) bridgePorts.put(values.longValue(number.get()), name.get());
        }
        if (!bridgePorts.isEmpty()) sources.add("bridge-port port-numbers");
        byNumber.putAll(bridgePorts);
        if (byNumber.isEmpty() && declared.isPresent()) {
            List<String> ports = declared.get();
            for (int i = 0; i < ports.size(); i++) byNumber.put((long) i + 1, ports.get(i));
            return new Numbering(byNumber, "ports of the hardware model by position (the site's port_numbers: position)");
        }
        return new Numbering(byNumber, sources.isEmpty() ? "" : "bridge port numbers the device publishes (" + String.join(", ", sources) + ")");
    }

    private static List<YangData> components(YangData data) {
        return data.at(BRIDGE, "bridges").map(bs -> bs.children(BRIDGE, "bridge")).orElse(List.of()).stream()
                .flatMap(b -> b.children(BRIDGE, "component").stream()).toList();
    }
}
