package org.switchover.workflow.access;

import com.google.common.net.HostAndPort;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.PortNumbering;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.PlatformDrivers;

/** {@link DeviceAccess} over NETCONF/SSH with the device's platform driver. */
public final class NetconfDeviceAccess implements DeviceAccess {

    private static final Duration MAX_CONNECT = Duration.ofSeconds(10);

    private final CredentialResolver credentials;
    private final Duration connectTimeout;
    private final Duration rpcTimeout;
    private final Clock clock;

    public NetconfDeviceAccess(CredentialResolver credentials, Duration connectTimeout, Duration rpcTimeout, Clock clock) {
        this.credentials = credentials;
        this.connectTimeout = connectTimeout;
        this.rpcTimeout = rpcTimeout;
        this.clock = clock;
    }

    /**
     * Access whose every RPC is bounded by {@code timeout}, and connecting by it too up to 10 s: what
     * an audit builds from its per-device timeout.
     */
    public static NetconfDeviceAccess within(CredentialResolver credentials, Duration timeout, Clock clock) {
        return new NetconfDeviceAccess(credentials, timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT, timeout, clock);
    }

    /** The device's ports in hardware order when the site declares bridge ports numbered by position. */
    static Optional<List<String>> declaredPortOrder(Device device) {
        return device.portNumbers() == PortNumbering.POSITION ? Optional.of(List.copyOf(device.ports().keySet())) : Optional.empty();
    }

    @Override
    public PlatformDriver open(Device device, HostAndPort address, boolean trustNewHostKey) {
        HostKeyPolicy keys = trustNewHostKey ? HostKeyPolicy.trustOnFirstUse(device.knownHosts()) : HostKeyPolicy.strict(device.knownHosts());
        ConnectOptions options = ConnectOptions.of(device.name(), address.getHost(), address.getPort(),
                        credentials.resolve(device.name(), device.credentials()), keys)
                .withConnectTimeout(connectTimeout)
                .withRpcTimeout(rpcTimeout);
        NetconfSession session = NetconfClient.connect(options);
        try {
            return PlatformDrivers.open(device.platform().id(), session, clock, declaredPortOrder(device));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
