package org.switchover.driver;

import static com.google.common.base.Preconditions.checkArgument;

/** A VLAN configured on a device. */
public record VlanState(int id, String name) {
    public VlanState {
        checkArgument(id >= 1 && id <= 4094, "VLAN id %s outside 1..4094", id);
    }
}
