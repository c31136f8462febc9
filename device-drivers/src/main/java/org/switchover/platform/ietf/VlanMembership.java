package org.switchover.platform.ietf;

import static org.switchover.platform.ietf.IetfPlatform.BRIDGE;
import static org.switchover.platform.ietf.IetfPlatform.HARDWARE;
import static org.switchover.platform.ietf.IetfPlatform.INTERFACES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.switchover.platform.LeafValues;
import org.switchover.platform.VlanIds;
import org.switchover.platform.YangData;

/**
 * Which VLANs each port carries tagged and untagged, from ieee802-dot1q-bridge. Two sources are
 * read and merged: the operational {@code bridge-vlan/vlan} egress and untagged port sets, which
 * name interfaces, and the static VLAN registration entries of the filtering database, whose
 * port maps name bridge port numbers (see {@link #portNumbers}).
 */
final class VlanMembership {

    private final Map<String, SortedSet<Integer>> tagged = new HashMap<>();
    private final Map<String, SortedSet<Integer>> untagged = new HashMap<>();

    private VlanMembership() {}

    static VlanMembership of(YangData data, LeafValues values) {
        VlanMembership m = new VlanMembership();
        Map<Long, String> portNames = portNumbers(data, values);
        for (YangData component : components(data)) {
            component.at(BRIDGE, "bridge-vlan").ifPresent(bv -> bv.children(BRIDGE, "vlan").forEach(v -> m.addOperational(v, values)));
            component.at(BRIDGE, "filtering-database").ifPresent(fdb -> fdb.children(BRIDGE, "vlan-registration-entry")
                    .forEach(e -> m.addRegistration(e, portNames, values)));
        }
        return m;
    }

    SortedSet<Integer> tagged(String port) {
        return tagged.getOrDefault(port, new TreeSet<>());
    }

    SortedSet<Integer> untagged(String port) {
        return untagged.getOrDefault(port, new TreeSet<>());
    }

    private void addOperational(YangData vlan, LeafValues values) {
        int vid = values.vlanId(vlan.child(BRIDGE, "vid").orElseThrow(() -> values.malformed(vlan, "VLAN without a vid")));
        List<String> untaggedPorts = vlan.leafList(BRIDGE, "untagged-ports");
        untaggedPorts.forEach(p -> untagged.computeIfAbsent(p, k -> new TreeSet<>()).add(vid));
        vlan.leafList(BRIDGE, "egress-ports").stream().filter(p -> !untaggedPorts.contains(p))
                .forEach(p -> tagged.computeIfAbsent(p, k -> new TreeSet<>()).add(vid));
    }

    private void addRegistration(YangData entry, Map<Long, String> portNames, LeafValues values) {
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
            String port = Optional.ofNullable(portNames.get(number))
                    .orElseThrow(() -> values.malformed(ref, "port-ref " + number + " matches no bridge-port/port-number nor hardware port position"));
            Optional<String> transmitted = map.leaf(BRIDGE, "static-vlan-registration-entries", "vlan-transmitted");
            if (transmitted.isEmpty()) continue;
            Map<String, SortedSet<Integer>> target = "untagged".equals(transmitted.get()) ? untagged : tagged;
            target.computeIfAbsent(port, k -> new TreeSet<>()).addAll(vids);
        }
    }

    /**
     * Bridge port numbers by interface name: {@code bridge-port/port-number} where the device
     * serves it, else the position of the ietf-hardware port component under its chassis
     * ({@code parent-rel-pos}), which is how 802.1Q numbers a bridge's ports in hardware order.
     */
    private static Map<Long, String> portNumbers(YangData data, LeafValues values) {
        Map<Long, String> byNumber = new HashMap<>();
        for (YangData c : data.at(HARDWARE, "hardware").map(h -> h.children(HARDWARE, "component")).orElse(List.of())) {
            Optional<String> name = c.leaf(HARDWARE, "name");
            Optional<YangData> position = c.child(HARDWARE, "parent-rel-pos");
            boolean port = c.leaf(HARDWARE, "class").map(k -> LeafValues.identity(k).equals("port")).orElse(false);
            if (port && name.isPresent() && position.isPresent()) byNumber.put(values.longValue(position.get()), name.get());
        }
        for (YangData entry : data.at(INTERFACES, "interfaces").map(i -> i.children(INTERFACES, "interface")).orElse(List.of())) {
            Optional<String> name = entry.leaf(INTERFACES, "name");
            Optional<YangData> number = entry.at(BRIDGE, "bridge-port", "port-number");
            if (name.isPresent() && number.isPresent()) byNumber.put(values.longValue(number.get()), name.get());
        }
        return byNumber;
    }

    private static List<YangData> components(YangData data) {
        return data.at(BRIDGE, "bridges").map(bs -> bs.children(BRIDGE, "bridge")).orElse(List.of()).stream()
                .flatMap(b -> b.children(BRIDGE, "component").stream()).toList();
    }
}
