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
                String path = deviceName + ":" + name;
                if (state.isEmpty()) {
                    findings.add(Finding.error(Finding.Kind.PORT_MISSING, path, deviceName + " reports no port " + name));
                    continue;
                }
                checkPort(port, state.get(), path, findings);
                missingVlans.addAll(missingVlans(port, device.get()));
            }
            for (int vlan : missingVlans) {
                findings.add(Finding.error(Finding.Kind.VLAN_MISSING, deviceName + "/vlans/" + vlan,
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

    private static void checkPort(Port port, InterfaceState state, String path, List<Finding> out) {
        switch (port.mode()) {
            case ACCESS -> {
                if (state.mode() != InterfaceState.PortMode.ACCESS || !state.accessVlan().equals(port.accessVlan())) {
                    out.add(Finding.error(Finding.Kind.VLAN_MEMBERSHIP, path,
                            "should be an access port in VLAN " + port.accessVlan().getAsInt() + " but is "
                                    + describe(state)));
                }
            }
            case TRUNK -> {
                if (state.mode() != InterfaceState.PortMode.TRUNK || !state.trunkVlans().equals(port.trunkVlans())) {
                    Set<Integer> missing = Sets.difference(port.trunkVlans(), state.trunkVlans());
                    Set<Integer> extra = Sets.difference(state.trunkVlans(), port.trunkVlans());
                    out.add(Finding.error(Finding.Kind.VLAN_MEMBERSHIP, path,
                            "should be a trunk carrying VLANs " + port.trunkVlans() + " but is " + describe(state)
                                    + (missing.isEmpty() ? "" : "; missing " + missing)
                                    + (extra.isEmpty() ? "" : "; extra " + extra)));
                }
            }
            case NONE -> { }
        }
    }

    private static String describe(InterfaceState s) {
        return switch (s.mode()) {
            case ACCESS -> "an access port in VLAN " + (s.accessVlan().isPresent() ? s.accessVlan().getAsInt() : "none");
            case TRUNK -> "a trunk carrying VLANs " + s.trunkVlans();
            case NONE -> "without VLAN configuration";
        };
    }
}
