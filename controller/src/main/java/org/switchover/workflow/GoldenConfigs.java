package org.switchover.workflow;

import java.util.SortedMap;
import java.util.TreeMap;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/**
 * The configuration payload a device's intent calls for: golden, or staged when the device given is
 * the variant with its edge ports down. What a replacement pushes and what an audit compares.
 */
@FunctionalInterface
public interface GoldenConfigs {

    /** The payload of {@code device} (an entry of {@code site}, or a variant of one) in {@code site}. */
    ConfigPayload render(Site site, Device device);

    /** The SHA-256 of every template {@code site}'s devices render from, by template name; what a saved plan checks. */
    default SortedMap<String, String> templateDigests(Site site) {
        return new TreeMap<>();
    }
}
