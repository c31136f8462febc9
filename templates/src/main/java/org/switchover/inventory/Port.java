package org.switchover.inventory;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The intended configuration of one port. */
public record Port(
        String name,
        String description,
        boolean enabled,
        Mode mode,
        OptionalInt accessVlan,
        Set<Integer> trunkVlans,
        Optional<String> service,
        int mtu) {

    /** Switchport mode; NONE for a port without VLAN configuration (for example unused). */
    public enum Mode { ACCESS, TRUNK, NONE }

    public Port {
        trunkVlans = ImmutableSortedSet.copyOf(trunkVlans);
    }
}
