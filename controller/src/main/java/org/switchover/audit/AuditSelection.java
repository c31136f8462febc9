package org.switchover.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/** Which devices an audit covers: all of the site, or those named, always in site order. */
final class AuditSelection {

    private AuditSelection() {}

    static List<Device> devices(Site site, List<String> names) {
        if (names.isEmpty()) return List.copyOf(site.devices().values());
        Set<String> wanted = new LinkedHashSet<>(names);
        List<String> unknown = wanted.stream().filter(n -> !site.devices().containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no device " + String.join(", ", unknown) + " in " + site.file()
                    + "; the site has " + String.join(", ", site.devices().keySet()));
        }
        List<Device> out = new ArrayList<>();
        for (Device d : site.devices().values()) if (wanted.contains(d.name())) out.add(d);
        return out;
    }
}
