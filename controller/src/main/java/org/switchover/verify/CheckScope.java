package org.switchover.verify;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;

/**
 * What a verification looks at: the cables to check up and correctly cabled, the ports whose VLAN
 * membership to check (device to ports), the services whose reachability to check, the devices
 * not expected to answer (failed and not yet replaced), and ports not expected up yet (a later
 * wave enables them; nor is a cable to them).
 */
public record CheckScope(
        Set<Link> links, Map<String, Set<String>> ports, Set<String> services, Set<String> absentDevices, Set<Link.Endpoint> pendingPorts) {

    public CheckScope {
        links = ImmutableSet.copyOf(links);
        ImmutableMap.Builder<String, Set<String>> copy = ImmutableMap.builder();
        ports.forEach((d, p) -> copy.put(d, ImmutableSet.copyOf(p)));
        ports = copy.build();
        services = ImmutableSet.copyOf(services);
        absentDevices = ImmutableSet.copyOf(absentDevices);
        pendingPorts = ImmutableSet.copyOf(pendingPorts);
    }

    /**
     * Everything of the site: every cable between devices that answered, every port, every
     * service. Devices that did not answer are reported, and nothing behind them is expected to reach.
     */
    public static CheckScope wholeSite(Site site, ObservedState observed) {
        Set<String> absent = site.devices().keySet().stream().filter(d -> !observed.answered(d)).collect(ImmutableSet.toImmutableSet());
        return forDevices(site, site.devices().keySet(), absent);
    }

    /** The cables and ports of {@code devices} and every service; cables to {@code absent} devices are left out. */
    public static CheckScope forDevices(Site site, Set<String> devices, Set<String> absent) {
        Set<Link> links = site.links().stream()
                .filter(l -> devices.contains(l.a().device()) || devices.contains(l.b().device()))
                .filter(l -> !absent.contains(l.a().device()) && !absent.contains(l.b().device()))
                .filter(l -> enabled(site, l.a()) && enabled(site, l.b()))
                .collect(ImmutableSet.toImmutableSet());
        Map<String, Set<String>> ports = new LinkedHashMap<>();
        for (String d : devices) ports.put(d, site.device(d).ports().keySet());
        return new CheckScope(links, ports, site.services().keySet(), absent, Set.of());
    }

    /**
     * The state of one device on its own, as an audit reads it: its ports and its cables (the far
     * ends are not read), no service reachability.
     */
    public static CheckScope deviceState(Site site, String device) {
        CheckScope all = forDevices(site, Set.of(device), Set.of());
        return new CheckScope(all.links(), all.ports(), Set.of(), Set.of(), Set.of());
    }

    static boolean enabled(Site site, Link.Endpoint end) {
        var device = site.devices().get(end.device());
        if (device == null) return false;
        var port = device.ports().get(end.port());
        return port != null && port.enabled();
    }
}
