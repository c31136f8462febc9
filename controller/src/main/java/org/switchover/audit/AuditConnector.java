package org.switchover.audit;

import java.time.Duration;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;

/**
 * Opens a driver to a device for an audit. Failures are {@code NetconfException}s; {@code timeout}
 * bounds connecting and each RPC.
 */
@FunctionalInterface
public interface AuditConnector {
    PlatformDriver open(Device device, Duration timeout);
}
