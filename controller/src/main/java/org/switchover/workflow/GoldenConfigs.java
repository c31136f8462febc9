package org.switchover.workflow;

import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;

/** Renders the configuration payload a device's intent calls for (golden, or staged when its edge ports are down). */
public interface GoldenConfigs {

    ConfigPayload render(Device device);

    /** The SHA-256 of every template the site's devices render from, by template name; what a saved plan checks. */
    default java.util.SortedMap<String, String> templateDigests() {
        return new java.util.TreeMap<>();
    }
}
