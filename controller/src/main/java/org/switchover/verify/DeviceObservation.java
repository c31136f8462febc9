package org.switchover.verify;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.VlanState;

/**
 * What one device reported, under its inventory name (for a replacement, the new hardware
 * reports under the name of the switch it replaces).
 */
public record DeviceObservation(
        String device, DeviceFacts facts, List<InterfaceState> interfaces, List<VlanState> vlans, List<LldpNeighbor> lldp) {

    public DeviceObservation {
        interfaces = ImmutableList.copyOf(interfaces);
        vlans = ImmutableList.copyOf(vlans);
        lldp = ImmutableList.copyOf(lldp);
    }

    public Optional<InterfaceState> port(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<LldpNeighbor> neighborOn(String port) {
        return lldp.stream().filter(n -> n.localPort().equals(port)).findFirst();
    }

    public boolean hasVlan(int id) {
        return vlans.stream().anyMatch(v -> v.id() == id);
    }

    /** Ports by name. */
    public Map<String, InterfaceState> portsByName() {
        return interfaces.stream().collect(ImmutableMap.toImmutableMap(InterfaceState::name, Function.identity(), (a, b) -> a));
    }
}
