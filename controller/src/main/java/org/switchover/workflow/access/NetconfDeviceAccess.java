package org.switchover.workflow.access;

import com.google.common.net.HostAndPort;
import java.time.Clock;
import java.time.Duration;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.PlatformDrivers;

/** {@link DeviceAccess} over NETCONF/SSH with the device's platform driver. */
public final class NetconfDeviceAccess implements DeviceAccess {

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

    @Override
    public PlatformDriver open(Device device, HostAndPort address, boolean trustNewHostKey) {
        HostKeyPolicy keys = trustNewHostKey ? HostKeyPolicy.trustOnFirstUse(device.knownHosts()) : HostKeyPolicy.strict(device.knownHosts());
        ConnectOptions options = ConnectOptions.of(device.name(), address.getHost(), address.getPort(),
                        credentials.resolve(device.name(), device.credentials()), keys)
                .withConnectTimeout(connectTimeout)
                .withRpcTimeout(rpcTimeout);
        NetconfSession session = NetconfClient.connect(options);
        try {
            return PlatformDrivers.open(device.platform().id(), session, clock);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
