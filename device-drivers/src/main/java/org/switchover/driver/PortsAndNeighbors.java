package org.switchover.driver;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A device's ports (with their VLAN membership) and its LLDP neighbours, read together: what the
 * state checks of an audit compare with the site. Which VLANs exist is configuration and left to
 * the compliance diff.
 */
public record PortsAndNeighbors(List<InterfaceState> interfaces, List<LldpNeighbor> lldpNeighbors) {
    public PortsAndNeighbors {
        interfaces = ImmutableList.copyOf(interfaces);
        lldpNeighbors = ImmutableList.copyOf(lldpNeighbors);
    }
}
