package org.switchover.inventory;

import java.util.Locale;

/**
 * How the bridge port numbers of an ietf device (the {@code port-ref}s of its VLAN registration
 * entries) map to its ports, when the device itself does not publish them.
 */
public enum PortNumbering {
    /** Learn them from the device only (bridge-port port-number, interface if-index, hardware port position). */
    DEVICE,
    /**
     * Declared by the site: bridge port N is the Nth port of the device's hardware model. Used only
     * where the device publishes no numbering of its own.
     */
    POSITION;

    /** The name used in site.yaml. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
