package org.switchover.inventory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each service's traffic must flow: from every device with an edge port in one of the
 * service's VLANs to the service's gateway. A service's VLANs cross every link on some shortest path
 * between such a device and the gateway (so both uplinks of a dual-homed switch carry them), which is
 * how links get their trunk VLANs when the file does not pin them. A device with no path at all is
 * an error.
 */
final class ServiceTopology {

    private final Problems problems;
    private final Map<String, DeviceDraft> devices;
    private final Set<String> declaredDevices;
    private final List<LinkDraft> links;
    private final Map<String, List<Link>> adjacent = new HashMap<>();
    private final Set<Link.Endpoint> cabled = new HashSet<>();

    ServiceTopology(Problems problems, Map<String, DeviceDraft> devices, Set<String> declaredDevices, List<LinkDraft> links) {
        this.problems = problems;
        this.devices = devices;
        this.declaredDevices = declaredDevices;
        this.links = links;
        for (LinkDraft l : links) {
            adjacent.computeIfAbsent(l.link().a().device(), k -> new ArrayList<>()).add(l.link());
            adjacent.computeIfAbsent(l.link().b().device(), k -> new ArrayList<>()).add(l.link());
            cabled.add(l.link().a());
            cabled.add(l.link().b());
        }
    }

    /** The services with their VLANs gathered from the VLAN list and their own {@code vlans} key. */
    Map<String, Service> services(Map<String, SiteReader.ServiceDraft> drafts, Map<Integer, Vlan> vlans) {
        Map<String, Service> services = new LinkedHashMap<>();
        for (SiteReader.ServiceDraft s : drafts.values()) {
            Set<Integer> ids = new TreeSet<>();
            vlans.values().stream().filter(v -> v.service().equals(Optional.of(s.name()))).forEach(v -> ids.add(v.id()));
            for (YamlNode item : s.vlans()) {
                VlanList.id(item, problems).ifPresent(id -> {
                    Vlan v = vlans.get(id);
                    if (v == null) problems.at(item, "VLAN " + id + " is not defined under 'vlans'");
                    else if (v.service().isPresent() && !v.service().get().equals(s.name())) {
                        problems.at(item, "VLAN " + id + " belongs to service '" + v.service().get() + "', not '" + s.name() + "'");
                    } else ids.add(id);
                });
            }
            s.gateway().ifPresent(g -> {
                if (!declaredDevices.contains(g)) problems.at(s.gatewayNode().orElseThrow(), "gateway device '" + g + "' is not defined under 'devices'");
            });
            services.put(s.name(), new Service(s.name(), s.priority(), s.description(), ids, s.gateway().orElse(""), s.neverDrop()));
        }
        checkReachable(drafts, services);
        return services;
    }

    /** The VLANs every link carries: pinned in the file, or derived from the services that cross it. */
    Map<Link, Set<Integer>> linkVlans(Map<String, Service> services) {
        Map<Link, Set<Integer>> derived = new LinkedHashMap<>();
        links.forEach(l -> derived.put(l.link(), new TreeSet<>()));
        for (Service s : services.values()) {
            if (!devices.containsKey(s.gateway())) continue;
            Map<String, Integer> distance = distances(s.gateway());
            for (DeviceDraft d : devices.values()) {
                Set<Integer> used = edgeVlans(d, s.vlans());
                if (used.isEmpty() || !distance.containsKey(d.name())) continue;
                for (Link l : shortestPathLinks(d.name(), distance)) derived.get(l).addAll(used);
            }
        }
        for (LinkDraft l : links) l.vlans().ifPresent(pinned -> derived.put(l.link(), new TreeSet<>(pinned)));
        return derived;
    }

    private void checkReachable(Map<String, SiteReader.ServiceDraft> drafts, Map<String, Service> services) {
        for (Service s : services.values()) {
            if (!devices.containsKey(s.gateway())) continue;
            Map<String, Integer> distance = distances(s.gateway());
            for (DeviceDraft d : devices.values()) {
                if (!edgeVlans(d, s.vlans()).isEmpty() && !distance.containsKey(d.name())) {
                    problems.at(drafts.get(s.name()).gatewayNode().orElseThrow(), "service '" + s.name() + "' has no path from "
                            + d.name() + " to its gateway " + s.gateway() + ": cable " + d.name() + " in 'links' or change the gateway");
                }
            }
        }
    }

    /** VLANs of {@code serviceVlans} that {@code d} carries on ports not cabled to another switch. */
    private Set<Integer> edgeVlans(DeviceDraft d, Collection<Integer> serviceVlans) {
        Set<Integer> used = new TreeSet<>();
        for (Port p : d.ports().values()) {
            if (cabled.contains(new Link.Endpoint(d.name(), p.name()))) continue;
            p.accessVlan().ifPresent(v -> { if (serviceVlans.contains(v)) used.add(v); });
            p.trunkVlans().stream().filter(serviceVlans::contains).forEach(used::add);
        }
        return used;
    }

    private Map<String, Integer> distances(String from) {
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(from, 0);
        queue.add(from);
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (Link l : adjacent.getOrDefault(u, List.of())) {
                String v = l.farEnd(u).device();
                if (!distance.containsKey(v)) {
                    distance.put(v, distance.get(u) + 1);
                    queue.add(v);
                }
            }
        }
        return distance;
    }

    /** Every link on some shortest path from {@code start} down to distance 0. */
    private Set<Link> shortestPathLinks(String start, Map<String, Integer> distance) {
        Set<Link> out = new HashSet<>();
        Set<String> frontier = Set.of(start);
        while (!frontier.isEmpty()) {
            Set<String> next = new HashSet<>();
            for (String u : frontier) {
                for (Link l : adjacent.getOrDefault(u, List.of())) {
                    String v = l.farEnd(u).device();
                    if (distance.get(v) == distance.get(u) - 1) {
                        out.add(l);
                        next.add(v);
                    }
                }
            }
            frontier = next;
        }
        return out;
    }
}
