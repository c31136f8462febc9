package org.switchover.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Service;
import org.switchover.inventory.Site;

/**
 * Splits one replacement's traffic flip into waves, one per service priority, highest first. A
 * port joins the wave of the best-priority service it carries; a port that carries no service
 * (an infrastructure link) joins the first wave, since everything else needs it. Neighbour ports
 * facing the new switch join the wave of the port they face, unless the neighbour is itself
 * replaced later ({@code absent}); a neighbour that merely does not answer stays in, so its wave fails.
 * A cable the site keeps shut at the new switch's end (a standby cable) still has its neighbour's
 * end restored, in the first wave: the operator shut it when the old switch failed, and the site
 * wants it enabled; nothing is expected of the cable itself.
 */
final class WavePlanner {

    private WavePlanner() {}

    static List<FlipWave> waves(Site site, Device device, Set<String> absent) {
        TreeMap<Integer, List<Port>> byPriority = new TreeMap<>();
        List<Port> unassigned = new ArrayList<>();
        List<Link.Endpoint> facingShut = new ArrayList<>();
        for (Port p : device.ports().values()) {
            if (!p.enabled()) {
                site.linkAt(device.name(), p.name()).map(l -> l.farEnd(device.name()))
                        .filter(far -> !absent.contains(far.device()) && enabledInSite(site, far)).ifPresent(facingShut::add);
                continue;
            }
            List<Service> carried = ServicesCarried.byPort(site, p);
            if (carried.isEmpty()) unassigned.add(p);
            else byPriority.computeIfAbsent(carried.get(0).priority(), k -> new ArrayList<>()).add(p);
        }
        if (!unassigned.isEmpty() || !facingShut.isEmpty()) {
            int first = byPriority.isEmpty() ? 0 : byPriority.firstKey();
            byPriority.computeIfAbsent(first, k -> new ArrayList<>()).addAll(0, unassigned);
        }
        List<FlipWave> waves = new ArrayList<>();
        for (var e : byPriority.entrySet()) {
            waves.add(wave(site, device, waves.size() + 1, e.getKey(), e.getValue(), waves.isEmpty() ? facingShut : List.of(), absent));
        }
        return List.copyOf(waves);
    }

    private static boolean enabledInSite(Site site, Link.Endpoint end) {
        Device d = site.devices().get(end.device());
        Port p = d == null ? null : d.ports().get(end.port());
        return p != null && p.enabled();
    }

    private static FlipWave wave(Site site, Device device, int number, int priority, List<Port> ports,
                                 List<Link.Endpoint> facingShut, Set<String> absent) {
        Map<String, Set<String>> portsByDevice = new LinkedHashMap<>();
        Set<Link> links = new LinkedHashSet<>();
        for (Port p : ports) {
            portsByDevice.computeIfAbsent(device.name(), k -> new LinkedHashSet<>()).add(p.name());
            site.linkAt(device.name(), p.name()).ifPresent(link -> {
                Link.Endpoint far = link.farEnd(device.name());
                Device neighbour = site.devices().get(far.device());
                Port farPort = neighbour == null ? null : neighbour.ports().get(far.port());
                if (absent.contains(far.device()) || farPort == null || !farPort.enabled()) return;
                portsByDevice.computeIfAbsent(far.device(), k -> new LinkedHashSet<>()).add(far.port());
                links.add(link);
            });
        }
        facingShut.forEach(far -> portsByDevice.computeIfAbsent(far.device(), k -> new LinkedHashSet<>()).add(far.port()));
        Set<String> services = new LinkedHashSet<>();
        for (Port p : ports) {
            ServicesCarried.byPort(site, p).stream().filter(s -> s.priority() == priority).forEach(s -> services.add(s.name()));
        }
        return new FlipWave(number, priority, List.copyOf(services), portsByDevice, links);
    }
}
