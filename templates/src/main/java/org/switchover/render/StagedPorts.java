package org.switchover.render;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Service;
import org.switchover.inventory.Site;

/**
 * Which ports the staged variant holds admin-down, and in which waves they come up.
 *
 * <p>Held down: every <em>edge</em> port, that is a port enabled in the golden config, carrying at
 * least one VLAN (access or trunk) and <em>not</em> cabled to another switch of the site. Ports on
 * links stay as the golden config says, so a staged switch joins the fabric, its LLDP neighbours and
 * trunks can be verified, and yet no user, camera or access point reaches it until its wave.
 * Ports without VLANs keep their golden state.
 *
 * <p>Waves: edge ports grouped by the best (lowest) priority among the services whose VLANs they
 * carry; ports carrying no service's VLAN come last.
 */
public final class StagedPorts {

    /** Priority of the wave for ports that carry no service. */
    public static final int NO_SERVICE = Integer.MAX_VALUE;

    /** Ports to enable together, with the services they restore. */
    public record Wave(int priority, List<String> services, List<String> ports) {
        public Wave {
            services = ImmutableList.copyOf(services);
            ports = ImmutableList.copyOf(ports);
        }
    }

    private StagedPorts() {}

    /** True when the staged variant holds {@code port} of {@code device} admin-down. */
    public static boolean heldDown(Site site, Device device, Port port) {
        return heldDown(port, cabledPorts(site, device));
    }

    static boolean heldDown(Port port, Set<String> cabledPorts) {
        return port.enabled() && port.mode() != Port.Mode.NONE && !cabledPorts.contains(port.name());
    }

    /** Names of {@code device}'s ports that are cabled to another switch. */
    static Set<String> cabledPorts(Site site, Device device) {
        Set<String> cabled = new HashSet<>();
        for (Link l : site.linksOf(device.name())) cabled.add(l.nearEnd(device.name()).port());
        return cabled;
    }

    /** The held-down ports of {@code device} in the order to enable them, best priority first. */
    public static List<Wave> waves(Site site, Device device) {
        Map<Integer, List<String>> ports = new TreeMap<>();
        Map<Integer, List<String>> services = new TreeMap<>();
        Set<String> cabled = cabledPorts(site, device);
        for (Port p : device.ports().values()) {
            if (!heldDown(p, cabled)) continue;
            Optional<Service> best = site.services().values().stream()
                    .filter(s -> carries(p, s))
                    .min((x, y) -> Integer.compare(x.priority(), y.priority()));
            int priority = best.map(Service::priority).orElse(NO_SERVICE);
            ports.computeIfAbsent(priority, k -> new ArrayList<>()).add(p.name());
            List<String> names = services.computeIfAbsent(priority, k -> new ArrayList<>());
            site.services().values().stream().filter(s -> s.priority() == priority && carries(p, s))
                    .map(Service::name).filter(n -> !names.contains(n)).forEach(names::add);
        }
        List<Wave> waves = new ArrayList<>();
        ports.forEach((priority, names) -> waves.add(new Wave(priority, services.get(priority), names)));
        return waves;
    }

    private static boolean carries(Port p, Service s) {
        return p.accessVlan().isPresent() && s.vlans().contains(p.accessVlan().getAsInt())
                || p.trunkVlans().stream().anyMatch(s.vlans()::contains)
                || p.service().equals(Optional.of(s.name()));
    }
}
