package org.switchover.workflow.access;

import com.google.common.net.HostAndPort;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/**
 * The open driver sessions of one run, one per device, reused across steps and safe to use from
 * several threads (sessions to different devices open in parallel). A replaced device is reached
 * at its new hardware's address from the moment it is {@link #redirect redirected}; its old
 * address is never opened again, so a failed switch that comes back is never configured.
 */
public final class DriverPool implements AutoCloseable {

    private final Site site;
    private final DeviceAccess access;
    private final Map<String, HostAndPort> redirects = new ConcurrentHashMap<>();
    private final Map<String, Boolean> trustNewKey = new ConcurrentHashMap<>();
    private final Map<String, PlatformDriver> open = new ConcurrentHashMap<>();
    private final Map<String, DeviceFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public DriverPool(Site site, DeviceAccess access) {
        this.site = site;
        this.access = access;
    }

    private Object lock(String device) {
        return locks.computeIfAbsent(device, k -> new Object());
    }

    /** From now on {@code device} is the hardware at {@code address}. */
    public void redirect(String device, HostAndPort address, boolean trustNewHostKey) {
        synchronized (lock(device)) {
            HostAndPort before = redirects.put(device, address);
            trustNewKey.put(device, trustNewHostKey);
            if (before == null || !before.equals(address)) drop(device);
        }
    }

    public HostAndPort address(String device) {
        return redirects.getOrDefault(device, site.device(device).management());
    }

    /** The device's driver, opening a session when there is none. */
    public PlatformDriver driver(String device) {
        synchronized (lock(device)) {
            PlatformDriver d = open.get(device);
            if (d == null) {
                Device intent = site.device(device);
                d = access.open(intent, address(device), trustNewKey.getOrDefault(device, false));
                open.put(device, d);
            }
            return d;
        }
    }

    /** The device's facts, read once per session. */
    public DeviceFacts facts(String device) {
        synchronized (lock(device)) {
            DeviceFacts f = facts.get(device);
            if (f == null) {
                f = driver(device).facts();
                facts.put(device, f);
            }
            return f;
        }
    }

    public Optional<PlatformDriver> ifOpen(String device) {
        return Optional.ofNullable(open.get(device));
    }

    /** Closes the device's session (after it failed); the next use opens a new one. */
    public void drop(String device) {
        synchronized (lock(device)) {
            PlatformDriver d = open.remove(device);
            facts.remove(device);
            if (d != null) d.close();
        }
    }

    @Override
    public void close() {
        for (String device : open.keySet()) drop(device);
    }
}
