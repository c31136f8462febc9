package org.switchover.inventory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated site inventory: the source of truth for every device, port, VLAN, service and cable.
 * Maps keep the order of the file. Built only by the loader, which reports every error at once.
 */
public record Site(
        Path file,
        String name,
        String description,
        Defaults defaults,
        Map<String, HardwareModel> models,
        Map<String, Device> devices,
        Map<Integer, Vlan> vlans,
        Map<String, Service> services,
        List<Link> links,
        List<Suppression> suppressions) {

    public Site {
        models = ImmutableMap.copyOf(models);
        devices = ImmutableMap.copyOf(devices);
        vlans = ImmutableMap.copyOf(vlans);
        services = ImmutableMap.copyOf(services);
        links = ImmutableList.copyOf(links);
        suppressions = ImmutableList.copyOf(suppressions);
    }

    public Device device(String name) {
        Device d = devices.get(name);
        if (d == null) throw new IllegalArgumentException("no device '" + name + "' in " + file);
        return d;
    }

    /** The link cabled to {@code device:port}, if any. */
    public Optional<Link> linkAt(String device, String port) {
        return links.stream().filter(l -> l.touches(device, port)).findFirst();
    }

    /** Every link with one end on {@code device}. */
    public List<Link> linksOf(String device) {
        return links.stream().filter(l -> l.a().device().equals(device) || l.b().device().equals(device)).toList();
    }
}
