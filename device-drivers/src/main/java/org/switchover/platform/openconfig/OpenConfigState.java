package org.switchover.platform.openconfig;

import static org.switchover.platform.openconfig.OpenConfigPlatform.ETHERNET;
import static org.switchover.platform.openconfig.OpenConfigPlatform.INTERFACES;
import static org.switchover.platform.openconfig.OpenConfigPlatform.LLDP;
import static org.switchover.platform.openconfig.OpenConfigPlatform.NETWORK_INSTANCE;
import static org.switchover.platform.openconfig.OpenConfigPlatform.PLATFORM;
import static org.switchover.platform.openconfig.OpenConfigPlatform.SYSTEM;
import static org.switchover.platform.openconfig.OpenConfigPlatform.VLAN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.VlanState;
import org.switchover.platform.LeafValues;
import org.switchover.platform.VlanIds;
import org.switchover.platform.YangData;

/** Reads OpenConfig {@code <data>} into neutral records; state leaves win over config where both exist. */
final class OpenConfigState {

    private final String device;
    private final LeafValues values;

    OpenConfigState(String device) {
        this.device = device;
        this.values = new LeafValues(device);
    }

    DeviceFacts facts(YangData data) {
        Optional<YangData> system = data.child(SYSTEM, "system");
        String hostname = system.flatMap(s -> s.leaf(SYSTEM, "state", "hostname"))
                .or(() -> system.flatMap(s -> s.leaf(SYSTEM, "config", "hostname"))).orElse("");
        Optional<YangData> chassis = chassis(data);
        String model = chassis.flatMap(c -> c.leaf(PLATFORM, "state", "model-name"))
                .or(() -> chassis.flatMap(c -> c.leaf(PLATFORM, "state", "part-no")))
                .or(() -> chassis.flatMap(c -> c.leaf(PLATFORM, "state", "description"))).orElse("");
        String serial = chassis.flatMap(c -> c.leaf(PLATFORM, "state", "serial-no")).orElse("");
        String os = system.flatMap(s -> s.leaf(SYSTEM, "state", "software-version"))
                .or(() -> chassis.flatMap(c -> c.leaf(PLATFORM, "state", "software-version"))).orElse("");
        return new DeviceFacts(hostname, model, serial, os, names(data));
    }

    List<InterfaceState> interfaces(YangData data) {
        List<InterfaceState> out = new ArrayList<>();
        for (YangData entry : interfaceEntries(data)) {
            String name = entry.leaf(INTERFACES, "name").orElseThrow(() -> values.malformed(entry, "interface without a name"));
            out.add(one(entry.keyed("name", name), name));
        }
        return out;
    }

    List<VlanState> vlans(YangData data) {
        Map<Integer, VlanState> byId = new TreeMap<>();
        data.at(VLAN, "vlans").ifPresent(v -> v.children(VLAN, "vlan").forEach(e -> add(byId, e, VLAN)));
        data.at(NETWORK_INSTANCE, "network-instances").ifPresent(nis -> nis.children(NETWORK_INSTANCE, "network-instance")
                .forEach(ni -> ni.at(NETWORK_INSTANCE, "vlans").ifPresent(v -> v.children(NETWORK_INSTANCE, "vlan")
                        .forEach(e -> add(byId, e, NETWORK_INSTANCE)))));
        return List.copyOf(byId.values());
    }

    List<LldpNeighbor> lldpNeighbors(YangData data) {
        List<LldpNeighbor> out = new ArrayList<>();
        Optional<YangData> ifs = data.at(LLDP, "lldp", "interfaces");
        for (YangData entry : ifs.map(i -> i.children(LLDP, "interface")).orElse(List.of())) {
            String port = entry.leaf(LLDP, "name").orElseThrow(() -> values.malformed(entry, "LLDP interface without a name"));
            for (YangData n : entry.at(LLDP, "neighbors").map(ns -> ns.children(LLDP, "neighbor")).orElse(List.of())) {
                String system = n.leaf(LLDP, "state", "system-name").orElse("");
                String remotePort = n.leaf(LLDP, "state", "port-id").orElse("");
                out.add(new LldpNeighbor(port, system, remotePort));
            }
        }
        return out;
    }

    private InterfaceState one(YangData entry, String name) {
        String description = entry.leaf(INTERFACES, "state", "description")
                .or(() -> entry.leaf(INTERFACES, "config", "description")).orElse("");
        boolean adminUp = entry.at(INTERFACES, "state", "admin-status").map(a -> "UP".equals(LeafValues.identity(a.text())))
                .or(() -> entry.at(INTERFACES, "config", "enabled").map(values::bool)).orElse(true);
        OperStatus oper = entry.at(INTERFACES, "state", "oper-status").map(this::operStatus).orElse(OperStatus.UNKNOWN);
        Optional<YangData> ethernet = entry.child(ETHERNET, "ethernet");
        Optional<YangData> vlan = ethernet.flatMap(e -> switched(e.at(VLAN, "switched-vlan", "state"))
                .or(() -> switched(e.at(VLAN, "switched-vlan", "config"))));
        PortMode mode = vlan.flatMap(v -> v.leaf(VLAN, "interface-mode"))
                .map(m -> "TRUNK".equals(LeafValues.identity(m)) ? PortMode.TRUNK : PortMode.ACCESS).orElse(PortMode.NONE);
        OptionalInt access = mode == PortMode.ACCESS
                ? vlan.flatMap(v -> v.child(VLAN, "access-vlan")).map(a -> OptionalInt.of(values.vlanId(a))).orElse(OptionalInt.empty())
                : OptionalInt.empty();
        Set<Integer> trunk = mode == PortMode.TRUNK ? trunkVlans(vlan.get()) : Set.of();
        long speed = ethernet.map(this::speedMbps).orElse(0L);
        return new InterfaceState(name, description, adminUp, oper, mode, access, trunk, speed);
    }

    private static Optional<YangData> switched(Optional<YangData> node) {
        return node.filter(n -> n.child(VLAN, "interface-mode").isPresent());
    }

    private Set<Integer> trunkVlans(YangData vlan) {
        try {
            return VlanIds.expand(vlan.leafList(VLAN, "trunk-vlans"));
        } catch (IllegalArgumentException e) {
            throw values.malformed(vlan, e.getMessage());
        }
    }

    private long speedMbps(YangData ethernet) {
        return ethernet.leaf(ETHERNET, "state", "negotiated-port-speed").filter(s -> !s.endsWith("SPEED_UNKNOWN"))
                .or(() -> ethernet.leaf(ETHERNET, "state", "port-speed"))
                .or(() -> ethernet.leaf(ETHERNET, "config", "port-speed"))
                .map(s -> PortSpeeds.mbps(LeafValues.identity(s))).orElse(0L);
    }

    private OperStatus operStatus(YangData leaf) {
        try {
            return OperStatus.valueOf(LeafValues.identity(leaf.text()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw values.malformed(leaf, "unknown oper-status '" + leaf.text() + "'");
        }
    }

    private void add(Map<Integer, VlanState> byId, YangData entry, String ns) {
        YangData idLeaf = entry.child(ns, "vlan-id").orElseThrow(() -> values.malformed(entry, "VLAN without a vlan-id"));
        int id = values.vlanId(idLeaf);
        YangData keyed = entry.keyed("vlan-id", String.valueOf(id));
        String name = keyed.leaf(ns, "state", "name").or(() -> keyed.leaf(ns, "config", "name")).orElse("");
        byId.put(id, new VlanState(id, name));
    }

    private Optional<YangData> chassis(YangData data) {
        return data.at(PLATFORM, "components").flatMap(cs -> cs.children(PLATFORM, "component").stream()
                .filter(c -> c.leaf(PLATFORM, "state", "type").map(t -> LeafValues.identity(t).equals("CHASSIS")).orElse(false))
                .findFirst());
    }

    private List<YangData> interfaceEntries(YangData data) {
        return data.at(INTERFACES, "interfaces").map(i -> i.children(INTERFACES, "interface")).orElse(List.of());
    }

    private List<String> names(YangData data) {
        return interfaceEntries(data).stream()
                .map(e -> e.leaf(INTERFACES, "name").orElseThrow(() -> values.malformed(e, "interface without a name")))
                .toList();
    }

    @Override
    public String toString() {
        return "OpenConfigState[" + device + "]";
    }
}
