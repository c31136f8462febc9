package org.switchover.audit;

import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.NetconfDeviceAccess;

import java.time.Clock;
import java.time.Duration;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;

/**
 * Opens the platform driver over a real NETCONF/SSH session, through the same
 * {@link NetconfDeviceAccess} a replacement uses. Host keys are checked strictly against the
 * device's known_hosts: an audit never trusts a key on first use, and a changed key is refused
 * and reported.
 */
public final class AuditNetconfConnector implements AuditConnector {

    private static final Duration MAX_CONNECT = Duration.ofSeconds(10);

    private final CredentialResolver credentials;
    private final Clock clock;

    public AuditNetconfConnector(CredentialResolver credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public PlatformDriver open(Device device, Duration timeout) {
        Duration connect = timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
        return new NetconfDeviceAccess(credentials, connect, timeout, clock).open(device, device.management(), false);
    }
}
