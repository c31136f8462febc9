package org.switchover.verify;

import java.util.Set;
import java.util.stream.Collectors;
import org.switchover.inventory.Role;
import org.switchover.inventory.Service;
import org.switchover.inventory.Site;

/**
 * The devices where a service's gateway lives. The site names it as a device, as
 * {@code device:interface}, or as an address; an address is taken to live on the core switches,
 * where the campus routes between VLANs.
 */
public final class Gateways {

    private Gateways() {}

    public static Set<String> of(Site site, Service service) {
        String gw = service.gateway() == null ? "" : service.gateway().trim();
        if (site.devices().containsKey(gw)) return Set.of(gw);
        int colon = gw.indexOf(':');
        if (colon > 0 && site.devices().containsKey(gw.substring(0, colon))) return Set.of(gw.substring(0, colon));
        return site.devices().values().stream()
                .filter(d -> d.role() == Role.CORE)
                .map(d -> d.name())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
