package org.switchover.platform.iosxe;

import static org.switchover.platform.iosxe.IosXePlatform.HW_OPER;
import static org.switchover.platform.iosxe.IosXePlatform.IF_OPER;
import static org.switchover.platform.iosxe.IosXePlatform.LLDP_OPER;
import static org.switchover.platform.iosxe.IosXePlatform.NATIVE;
import static org.switchover.platform.iosxe.IosXePlatform.SWITCH;
import static org.switchover.platform.iosxe.IosXePlatform.VLAN_OPER;

import java.util.ArrayList;
import java.util.List;
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

/**
 * Reads IOS-XE {@code <data>} into neutral records: port state from Cisco-IOS-XE-interfaces-oper,
 * switchport mode and VLANs from the native configuration of the same port, VLANs from
 * Cisco-IOS-XE-vlan-oper (without the built-in VLANs 1 and 1002-1005, which every Catalyst has and
 * no one configures), neighbours from Cisco-IOS-XE-lldp-oper with Cisco's short port names expanded.
 */
final class IosXeState {

    private static final Set<Integer> BUILT_IN_VLANS = Set.of(1, 1002, 1003, 1004, 1005);
    private static final Map<String, OperStatus> OPER = Map.of(
            "if-oper-state-ready", OperStatus.UP,
            "if-oper-state-no-pass", OperStatus.DOWN,
            "if-oper-state-lower-layer-down", OperStatus.LOWER_LAYER_DOWN,
            "if-oper-state-test", OperStatus.TESTING,
            "if-oper-state-dormant", OperStatus.DORMANT,
            "if-oper-state-not-present", OperStatus.NOT_PRESENT,
            "if-oper-state-unknown", OperStatus.UNKNOWN,
            "if-oper-state-invalid", OperStatus.UNKNOWN);

    private final String device;
    private final LeafValues values;

    IosXeState(String device) {
        this.device = device;
        this.values = new LeafValues(device);
    }

    DeviceFacts facts(YangData data) {
        String hostname = data.leaf(NATIVE, "native", "hostname").orElse("");
        Optional<YangData> hw = data.at(HW_OPER, "device-hardware-data", "device-hardware");
        Optional<YangData> chassis = hw.flatMap(h -> h.children(HW_OPER, "device-inventory").stream()
                .filter(e -> e.leaf(HW_OPER, "hw-type").filter("hw-type-chassis"::equals).isPresent()).findFirst());
        String model = chassis.flatMap(c -> c.leaf(HW_OPER, "part-number")).orElse("");
        String serial = chassis.flatMap(c -> c.leaf(HW_OPER, "serial-number")).orElse("");
        String os = hw.flatMap(h -> h.leaf(HW_OPER, "device-system-data", "software-version")).orElse("");
        List<String> ports = interfaceEntries(data).stream().map(this::name).toList();
        return new DeviceFacts(hostname, model, serial, os, ports);
    }

    List<InterfaceState> interfaces(YangData data) {
        List<InterfaceState> out = new ArrayList<>();
        for (YangData entry : interfaceEntries(data)) {
            String name = name(entry);
            YangData keyed = entry.keyed("name", name);
            String description = keyed.leaf(IF_OPER, "description").orElse("");
            boolean adminUp = keyed.leaf(IF_OPER, "admin-status").map("if-state-up"::equals).orElse(true);
            OperStatus oper = keyed.at(IF_OPER, "oper-status").map(this::operStatus).orElse(OperStatus.UNKNOWN);
            long speed = keyed.at(IF_OPER, "speed").map(s -> values.longValue(s) / 1_000_000).orElse(0L);
            Optional<YangData> switchport = nativeInterface(data, name).flatMap(i -> i.at(NATIVE, "switchport-config", "switchport"));
            PortMode mode = switchport.flatMap(s -> s.child(SWITCH, "mode")).map(m -> m.child(SWITCH, "trunk").isPresent()
                    ? PortMode.TRUNK : m.child(SWITCH, "access").isPresent() ? PortMode.ACCESS : PortMode.NONE).orElse(PortMode.NONE);
            OptionalInt access = mode == PortMode.ACCESS
                    ? switchport.flatMap(s -> s.at(SWITCH, "access", "vlan", "vlan")).map(v -> OptionalInt.of(values.vlanId(v)))
                            .orElse(OptionalInt.empty())
                    : OptionalInt.empty();
            Set<Integer> trunk = mode == PortMode.TRUNK
                    ? switchport.flatMap(s -> s.at(SWITCH, "trunk", "allowed", "vlan-v2", "vlan-choices", "vlans"))
                            .map(this::vlanList).orElse(Set.of())
                    : Set.of();
            out.add(new InterfaceState(name, description, adminUp, oper, mode, access, trunk, speed));
        }
        return out;
    }

    List<VlanState> vlans(YangData data) {
        Map<Integer, VlanState> byId = new TreeMap<>();
        for (YangData vlan : data.at(VLAN_OPER, "vlans").map(v -> v.children(VLAN_OPER, "vlan")).orElse(List.of())) {
            YangData idLeaf = vlan.child(VLAN_OPER, "id").orElseThrow(() -> values.malformed(vlan, "VLAN without an id"));
            int id = values.vlanId(idLeaf);
            if (BUILT_IN_VLANS.contains(id)) continue;
            byId.put(id, new VlanState(id, vlan.keyed("id", Integer.toString(id)).leaf(VLAN_OPER, "name").orElse("")));
        }
        return List.copyOf(byId.values());
    }

    List<LldpNeighbor> lldpNeighbors(YangData data) {
        List<LldpNeighbor> out = new ArrayList<>();
        for (YangData e : data.at(LLDP_OPER, "lldp-entries").map(l -> l.children(LLDP_OPER, "lldp-entry")).orElse(List.of())) {
            String local = e.leaf(LLDP_OPER, "local-interface").orElseThrow(() -> values.malformed(e, "LLDP entry without local-interface"));
            String system = e.leaf(LLDP_OPER, "device-id").orElse("");
            String remote = e.leaf(LLDP_OPER, "connecting-interface").orElse("");
            out.add(new LldpNeighbor(InterfaceName.expand(local), system, InterfaceName.expand(remote)));
        }
        return out;
    }

    private Optional<YangData> nativeInterface(YangData data, String port) {
        InterfaceName name;
        try {
            name = InterfaceName.parse(port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return data.at(NATIVE, "native", "interface").flatMap(i -> i.children(NATIVE, name.type()).stream()
                .filter(entry -> entry.leaf(NATIVE, "name").filter(name.number()::equals).isPresent()).findFirst());
    }

    private Set<Integer> vlanList(YangData leaf) {
        try {
            return VlanIds.expand(List.of(leaf.text()));
        } catch (IllegalArgumentException e) {
            throw values.malformed(leaf, e.getMessage());
        }
    }

    private OperStatus operStatus(YangData leaf) {
        OperStatus s = OPER.get(leaf.text());
        if (s == null) throw values.malformed(leaf, "unknown oper-status '" + leaf.text() + "'");
        return s;
    }

    private String name(YangData entry) {
        return entry.leaf(IF_OPER, "name").orElseThrow(() -> values.malformed(entry, "interface without a name"));
    }

    private static List<YangData> interfaceEntries(YangData data) {
        return data.at(IF_OPER, "interfaces").map(i -> i.children(IF_OPER, "interface")).orElse(List.of());
    }

    @Override
    public String toString() {
        return "IosXeState[" + device + "]";
    }
}
