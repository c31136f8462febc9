package org.switchover.plan;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.switchover.inventory.Device;
import org.switchover.inventory.Port;
import org.switchover.inventory.Service;
import org.switchover.inventory.Site;

/** Which services a port or a switch carries: by the port's service, and by the VLANs it carries. */
public final class ServicesCarried {

    /** Ordering of services for restoring: priority 1 first, then by name. */
    public static final Comparator<Service> RESTORE_ORDER =
            Comparator.comparingInt(Service::priority).thenComparing(Service::name);

    private ServicesCarried() {}

    public static List<Service> byPort(Site site, Port port) {
        Set<Service> out = new LinkedHashSet<>();
        port.service().map(site.services()::get).ifPresent(out::add);
        Set<Integer> vlans = new LinkedHashSet<>(port.trunkVlans());
        port.accessVlan().ifPresent(vlans::add);
        for (int id : vlans) {
            var vlan = site.vlans().get(id);
            if (vlan != null) vlan.service().map(site.services()::get).ifPresent(out::add);
            for (Service s : site.services().values()) {
                if (s.vlans().contains(id)) out.add(s);
            }
        }
        return out.stream().sorted(RESTORE_ORDER).toList();
    }

    /** The best (lowest) priority among the services the switch's enabled ports carry. */
    public static OptionalInt bestPriority(Site site, Device device) {
        return device.ports().values().stream()
                .filter(Port::enabled)
                .flatMap(p -> byPort(site, p).stream())
                .mapToInt(Service::priority)
                .min();
    }
}
