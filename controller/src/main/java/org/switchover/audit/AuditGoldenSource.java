package org.switchover.audit;

import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/** Renders the golden configuration of a device, the config half of what an audit compares. */
@FunctionalInterface
public interface AuditGoldenSource {
    ConfigPayload golden(Site site, Device device);
}
