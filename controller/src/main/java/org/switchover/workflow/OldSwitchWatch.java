package org.switchover.workflow;

import org.switchover.workflow.access.DeviceAccess;

import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.netconf.NetconfException;

/**
 * Notices when a failed switch answers again at its old management address. It knocks (a TCP
 * connect), and when something answers, reads the identity of what answers over a session checked
 * against the old switch's known host key: only reads, never a change. Something else that took
 * the address (another host key, another name) is not the old switch.
 */
final class OldSwitchWatch {

    private final DeviceAccess access;
    private final Duration timeout;
    private final Set<String> seen = new HashSet<>();

    OldSwitchWatch(DeviceAccess access, Duration timeout) {
        this.access = access;
        this.timeout = timeout;
    }

    /** True the first time {@code device}'s old hardware is found answering at its old address. */
    boolean newlyAlive(Device device, HostAndPort newAddress) {
        HostAndPort old = device.management();
        synchronized (seen) {
            if (old.equals(newAddress) || seen.contains(device.name())) return false;
        }
        if (!answers(old)) return false;
        try (PlatformDriver d = access.open(device, old, false)) {
            DeviceFacts facts = d.facts();
            boolean same = facts.hostname().equals(device.name()) || device.serial().map(facts.serial()::equals).orElse(false);
            if (!same) return false;
        } catch (NetconfException e) {
            return false;
        }
        synchronized (seen) {
            return seen.add(device.name());
        }
    }

    private boolean answers(HostAndPort address) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address.getHost(), address.getPortOrDefault(830)), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
