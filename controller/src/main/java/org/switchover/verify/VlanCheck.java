package org.switchover.verify;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.driver.InterfaceState;
import org.switchover.inventory.Device;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;

/** Does each port carry exactly the VLANs the inventory gives it, and does its device have them? */
public final class VlanCheck {

    private VlanCheck() {}

    public static List<Finding> check(Site site, ObservedState observed, Map<String, Set<String>> ports) {
        List<Finding> findings = new ArrayList<>();
        ports.forEach((deviceName, names) -> {
            Optional<DeviceObservation> device = observed.device(deviceName);
            if (device.isEmpty()) return;
            Device intent = site.device(deviceName);
            Set<Integer> missingVlans = new TreeSet<>();
            for (String name : names) {
                Port port = intent.ports().get(name);
                if (port == null) continue;
                Optional<InterfaceState> state = device.get().port(name);
                if (state.isEmpty()) {
                    findings.add(Finding.error(Finding.Kind.PORT_MISSING, deviceName, StatePaths.port(name, "oper-status"),
                            null, null, deviceName + " reports no port " + name));
                    continue;
                }
                checkPort(deviceName, port, state.get(), findings);
                missingVlans.addAll(missingVlans(port, device.get()));
            }
            for (int vlan : missingVlans) {
                findings.add(Finding.error(Finding.Kind.VLAN_MISSING, deviceName, StatePaths.vlan(vlan), String.valueOf(vlan), null,
                        deviceName + " has no VLAN " + vlan + " (needed by its ports); it must be defined on the switch"));
            }
        });
        return List.copyOf(findings);
    }

    /**
     * The VLANs {@code port} needs that its device lacks. A device that reports no VLAN table keeps
     * its VLANs implicit in its port config; then membership alone is checked.
     */
    private static Set<Integer> missingVlans(Port port, DeviceObservation device) {
        Set<Integer> missing = new TreeSet<>(port.trunkVlans());
        port.accessVlan().ifPresent(missing::add);
        if (device.vlans().isEmpty()) return Set.of();
        missing.removeIf(device::hasVlan);
        return missing;
    }

    private static void checkPort(String device, Port port, InterfaceState state, List<Finding> out) {
        String expected = membership(port);
        String actual = membership(state);
        if (expected.equals(actual)) return;
        String path = StatePaths.port(port.name(), "vlans");
        String message = switch (port.mode()) {
            case ACCESS -> "should be an access port in VLAN " + port.accessVlan().getAsInt() + " but is " + describe(state);
            case TRUNK -> {
                Set<Integer> missing = Sets.difference(port.trunkVlans(), state.trunkVlans());
                Set<Integer> extra = Sets.difference(state.trunkVlans(), port.trunkVlans());
                yield "should be a trunk carrying VLANs " + port.trunkVlans() + " but is " + describe(state)
                        + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; extra " + extra);
            }
            case NONE -> "should carry no VLAN but is " + describe(state);
        };
        out.add(Finding.error(Finding.Kind.VLAN_MEMBERSHIP, device, path, expected, actual, "port " + port.name() + " " + message));
    }

    /** A port's membership as findings write it: {@code access 10}, {@code trunk [10, 20]}, {@code none}. */
    static String membership(Port port) {
        return switch (port.mode()) {
            case ACCESS -> "access " + port.accessVlan().orElse(0);
            case TRUNK -> "trunk " + new TreeSet<>(port.trunkVlans());
            case NONE -> "none";
        };
    }

    static String membership(InterfaceState state) {
        return switch (state.mode()) {
            case ACCESS -> "access " + state.accessVlan().orElse(0);
            case TRUNK -> "trunk " + new TreeSet<>(state.trunkVlans());
            case NONE -> "none";
        };
    }

    private static String describe(InterfaceState s) {
        return switch (s.mode()) {
            case ACCESS -> "an access port in VLAN " + (s.accessVlan().isPresent() ? s.accessVlan().getAsInt() : "none");
            case TRUNK -> "a trunk carrying VLANs " + s.trunkVlans();
            case NONE -> "without VLAN configuration";
        };
    }
}
