package org.switchover.inventory;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * A department or function the network carries. {@code priority} 1 is restored first;
 * {@code neverDrop} services must keep a path during every change.
 */
public record Service(String name, int priority, String description, Set<Integer> vlans, String gateway, boolean neverDrop) {
    public Service {
        vlans = ImmutableSortedSet.copyOf(vlans);
    }
}
