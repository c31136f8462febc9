package org.switchover.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;

/**
 * The golden intent of a device with its edge ports admin-down: what the staged push installs, so
 * the new switch carries its whole configuration before any user, camera or access point reaches
 * it. Ports cabled to other switches keep their golden state: the neighbour ports facing them stay
 * shut until their wave, and then the trunks and LLDP can be verified.
 */
public final class StagedIntent {

    private StagedIntent() {}

    /** Edge ports: enabled, carrying VLANs, and not cabled to another switch of the site. */
    public static Set<String> heldDown(Site site, Device device) {
        Set<String> cabled = new HashSet<>();
        for (Link l : site.linksOf(device.name())) cabled.add(l.nearEnd(device.name()).port());
        Set<String> down = new LinkedHashSet<>();
        for (Port p : device.ports().values()) {
            if (p.enabled() && p.mode() != Port.Mode.NONE && !cabled.contains(p.name())) down.add(p.name());
        }
        return down;
    }

    public static Device withPortsDown(Device device, Set<String> down) {
        Map<String, Port> ports = new LinkedHashMap<>();
        device.ports().forEach((name, p) -> ports.put(name, down.contains(name)
                ? new Port(p.name(), p.description(), false, p.mode(), p.accessVlan(), p.trunkVlans(), p.service(), p.mtu())
                : p));
        return new Device(device.name(), device.role(), device.platform(), device.model(), device.management(),
                device.serial(), device.credentials(), device.knownHosts(), ports);
    }
}
