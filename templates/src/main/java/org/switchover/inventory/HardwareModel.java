package org.switchover.inventory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/** A switch model: its port names in hardware order and which of them are uplinks. */
public record HardwareModel(String name, List<String> ports, Set<String> uplinks) {
    public HardwareModel {
        ports = ImmutableList.copyOf(ports);
        uplinks = ImmutableSet.copyOf(uplinks);
    }
}
