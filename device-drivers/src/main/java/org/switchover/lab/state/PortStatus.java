package org.switchover.lab.state;

import java.util.Optional;

/** The derived state of one port: admin state from config, oper state and LLDP neighbour from the cabling. */
public record PortStatus(boolean adminUp, boolean operUp, Optional<FarEnd> neighbour) {

    /** Up only when enabled here, not failed, cabled, and the far port usable; LLDP hears the far end only then. */
    public static PortStatus derive(boolean adminUp, boolean failed, Optional<FarEnd> far) {
        boolean up = adminUp && !failed && far.map(FarEnd::usable).orElse(false);
        return new PortStatus(adminUp, up, up ? far : Optional.empty());
    }
}
