package org.switchover.driver;

import com.google.common.collect.ImmutableSortedSet;
import java.util.OptionalInt;
import java.util.Set;

/** Configuration and operational state of one port, in platform-neutral terms. */
public record InterfaceState(
        String name,
        String description,
        boolean adminUp,
        OperStatus operStatus,
        PortMode mode,
        OptionalInt accessVlan,
        Set<Integer> trunkVlans,
        long speedMbps) {

    /** Operational status as ietf-interfaces and openconfig-interfaces both name it. */
    public enum OperStatus { UP, DOWN, TESTING, UNKNOWN, DORMANT, NOT_PRESENT, LOWER_LAYER_DOWN }

    /** Switchport mode; NONE for a port with no VLAN configuration. */
    public enum PortMode { ACCESS, TRUNK, NONE }

    public InterfaceState {
        trunkVlans = ImmutableSortedSet.copyOf(trunkVlans);
    }

    public boolean operUp() {
        return operStatus == OperStatus.UP;
    }
}
