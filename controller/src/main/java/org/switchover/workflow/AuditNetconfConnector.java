package org.switchover.workflow;

import java.time.Clock;
import java.time.Duration;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.PlatformDrivers;

/**
 * Opens the platform driver over a real NETCONF/SSH session. Host keys are checked strictly
 * against the device's known_hosts: an audit never trusts a key on first use, and a changed key
 * is refused and reported.
 */
public final class AuditNetconfConnector implements AuditConnector {

    private static final Duration MAX_CONNECT = Duration.ofSeconds(10);

    private final AuditCredentials credentials;
    private final Clock clock;

    public AuditNetconfConnector(AuditCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public PlatformDriver open(Device device, Duration timeout) {
        ConnectOptions options = ConnectOptions.of(device.name(), device.management().getHost(), device.management().getPort(),
                        credentials.resolve(device.name(), device.credentials()), HostKeyPolicy.strict(device.knownHosts()))
                .withConnectTimeout(timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT)
                .withRpcTimeout(timeout);
        NetconfSession session = NetconfClient.connect(options);
        try {
            return PlatformDrivers.open(device.platform().id(), session, clock);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
