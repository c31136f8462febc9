package org.switchover.driver;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A device's ports (with their VLAN membership) and its LLDP neighbours, read together: what the
 * state checks of an audit compare with the site. Which VLANs exist is configuration and left to
 * the compliance diff. {@code uninterpreted} lists leaves the driver could not interpret; while it
 * is not empty, the ports' VLAN membership is incomplete and must not be judged.
 */
public record PortsAndNeighbors(List<InterfaceState> interfaces, List<LldpNeighbor> lldpNeighbors,
        List<UninterpretedData> uninterpreted) {
    public PortsAndNeighbors {
        interfaces = ImmutableList.copyOf(interfaces);
        lldpNeighbors = ImmutableList.copyOf(lldpNeighbors);
        uninterpreted = ImmutableList.copyOf(uninterpreted);
    }

    public PortsAndNeighbors(List<InterfaceState> interfaces, List<LldpNeighbor> lldpNeighbors) {
        this(interfaces, lldpNeighbors, List.of());
    }
}
