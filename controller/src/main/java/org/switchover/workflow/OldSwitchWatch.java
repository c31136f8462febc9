package org.switchover.workflow;

import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Notices when a failed switch answers again at its old management address. It only knocks (a
 * TCP connect, closed at once): the old switch is never logged in to, let alone configured.
 */
final class OldSwitchWatch {

    private final Duration timeout;
    private final Set<String> seen = new HashSet<>();

    OldSwitchWatch(Duration timeout) {
        this.timeout = timeout;
    }

    /** True the first time {@code device}'s old address is found answering. */
    synchronized boolean newlyAlive(String device, HostAndPort oldAddress, HostAndPort newAddress) {
        if (oldAddress.equals(newAddress) || seen.contains(device)) return false;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(oldAddress.getHost(), oldAddress.getPortOrDefault(830)), (int) timeout.toMillis());
            seen.add(device);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
