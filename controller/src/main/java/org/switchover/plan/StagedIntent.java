package org.switchover.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.switchover.inventory.Device;
import org.switchover.inventory.Port;

/**
 * The golden intent of a device with some ports admin-down: what the staged push installs, so the
 * new switch carries its whole configuration before it carries any traffic.
 */
public final class StagedIntent {

    private StagedIntent() {}

    public static Device withPortsDown(Device device, Set<String> down) {
        Map<String, Port> ports = new LinkedHashMap<>();
        device.ports().forEach((name, p) -> ports.put(name, down.contains(name)
                ? new Port(p.name(), p.description(), false, p.mode(), p.accessVlan(), p.trunkVlans(), p.service(), p.mtu())
                : p));
        return new Device(device.name(), device.role(), device.platform(), device.model(), device.management(),
                device.serial(), device.credentials(), device.knownHosts(), ports);
    }
}
