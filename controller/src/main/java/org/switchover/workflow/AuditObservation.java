package org.switchover.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.VlanState;

/** The operational state read from one device, in neutral records, as the state checks need it. */
public record AuditObservation(List<InterfaceState> interfaces, List<VlanState> vlans, List<LldpNeighbor> lldpNeighbors) {
    public AuditObservation {
        interfaces = ImmutableList.copyOf(interfaces);
        vlans = ImmutableList.copyOf(vlans);
        lldpNeighbors = ImmutableList.copyOf(lldpNeighbors);
    }
}
