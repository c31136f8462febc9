package org.switchover.workflow;

import com.google.common.net.HostAndPort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/**
 * The open driver sessions of one run, one per device, reused across steps. A replaced device is
 * reached at its new hardware's address from the moment it is {@link #redirect redirected}; its old
 * address is never opened again, so a failed switch that comes back is never configured.
 */
public final class DriverPool implements AutoCloseable {

    private final Site site;
    private final DeviceAccess access;
    private final Map<String, HostAndPort> redirects = new LinkedHashMap<>();
    private final Map<String, Boolean> trustNewKey = new LinkedHashMap<>();
    private final Map<String, PlatformDriver> open = new LinkedHashMap<>();
    private final Map<String, DeviceFacts> facts = new LinkedHashMap<>();

    public DriverPool(Site site, DeviceAccess access) {
        this.site = site;
        this.access = access;
    }

    /** From now on {@code device} is the hardware at {@code address}. */
    public synchronized void redirect(String device, HostAndPort address, boolean trustNewHostKey) {
        HostAndPort before = redirects.put(device, address);
        trustNewKey.put(device, trustNewHostKey);
        if (before == null || !before.equals(address)) drop(device);
    }

    public synchronized HostAndPort address(String device) {
        return redirects.getOrDefault(device, site.device(device).management());
    }

    /** The device's driver, opening a session when there is none. */
    public synchronized PlatformDriver driver(String device) {
        PlatformDriver d = open.get(device);
        if (d == null) {
            Device intent = site.device(device);
            d = access.open(intent, address(device), trustNewKey.getOrDefault(device, false));
            open.put(device, d);
        }
        return d;
    }

    /** The device's facts, read once per session. */
    public synchronized DeviceFacts facts(String device) {
        return facts.computeIfAbsent(device, k -> driver(k).facts());
    }

    public synchronized Optional<PlatformDriver> ifOpen(String device) {
        return Optional.ofNullable(open.get(device));
    }

    /** Closes the device's session (after it failed); the next use opens a new one. */
    public synchronized void drop(String device) {
        PlatformDriver d = open.remove(device);
        facts.remove(device);
        if (d != null) d.close();
    }

    @Override
    public synchronized void close() {
        open.values().forEach(PlatformDriver::close);
        open.clear();
        facts.clear();
    }
}
