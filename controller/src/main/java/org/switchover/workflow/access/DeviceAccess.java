package org.switchover.workflow.access;

import com.google.common.net.HostAndPort;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;

/** Opens a driver session to a device of the site, at its address or at a replacement's. */
public interface DeviceAccess {

    /**
     * @param address where the hardware answers (the inventory's address, or a new switch's)
     * @param trustNewHostKey accept and record an unknown host key (trust on first use)
     * @throws org.switchover.netconf.NetconfException when the device cannot be reached or refuses
     */
    PlatformDriver open(Device device, HostAndPort address, boolean trustNewHostKey);

    /** The device at its inventory address, its host key checked strictly against its known_hosts. */
    default PlatformDriver open(Device device) {
        return open(device, device.management(), false);
    }
}
