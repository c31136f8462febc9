package org.switchover.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;

/**
 * The operational state read from one device, in neutral records, as the state checks need it:
 * ports (with their VLAN membership) and LLDP neighbours. Which VLANs exist is configuration and
 * left to the compliance diff, which saves a read per device.
 */
public record AuditObservation(List<InterfaceState> interfaces, List<LldpNeighbor> lldpNeighbors) {
    public AuditObservation {
        interfaces = ImmutableList.copyOf(interfaces);
        lldpNeighbors = ImmutableList.copyOf(lldpNeighbors);
    }
}
