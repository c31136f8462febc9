package org.switchover.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.switchover.driver.InterfaceState;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Service;
import org.switchover.inventory.Site;

/**
 * Can every access port of a service reach the service's gateway over links that are up and carry
 * its VLAN? Judged against what the intent makes reachable right now: a port behind a switch that
 * is failed and not yet replaced (absent), behind a cable a later wave enables, or itself enabled
 * by a later wave (pending) is not expected to reach, and is not reported.
 */
public final class ReachabilityCheck {

    private ReachabilityCheck() {}

    public static List<Finding> check(Site site, ObservedState observed, Set<String> services, Set<String> absent, Set<Link.Endpoint> pending) {
        List<Finding> findings = new ArrayList<>();
        for (String name : services) {
            Service service = site.services().get(name);
            if (service == null) continue;
            Set<String> gateways = Gateways.of(site, service);
            for (int vlan : vlansOf(site, service)) {
                Set<String> liveIntent = new HashSet<>(gateways);
                liveIntent.removeAll(absent);
                Set<String> expected = reach(site, liveIntent,
                        (l, end) -> !absent.contains(end.device()) && !pending.contains(end) && intended(site, end, vlan));
                Set<String> actual = reach(site, liveGateways(observed, gateways, vlan),
                        (l, end) -> observedCarries(observed, end, vlan));
                findings.addAll(accessPortFindings(site, observed, service, vlan, gateways, expected, actual, pending));
            }
        }
        return List.copyOf(findings);
    }

    /** The access ports (device to port names) of {@code service} that the intent connects to its gateway. */
    public static Map<String, Set<String>> accessPorts(Site site, Service service) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int vlan : vlansOf(site, service)) {
            for (Device d : site.devices().values()) {
                for (Port p : d.ports().values()) {
                    if (isAccessPortIn(p, vlan)) out.computeIfAbsent(d.name(), k -> new TreeSet<>()).add(p.name());
                }
            }
        }
        return out;
    }

    static Set<Integer> vlansOf(Site site, Service service) {
        Set<Integer> vlans = new TreeSet<>(service.vlans());
        site.vlans().values().stream()
                .filter(v -> v.service().map(service.name()::equals).orElse(false))
                .forEach(v -> vlans.add(v.id()));
        return vlans;
    }

    private static List<Finding> accessPortFindings(Site site, ObservedState observed, Service service, int vlan,
            Set<String> gateways, Set<String> expected, Set<String> actual, Set<Link.Endpoint> pending) {
        List<Finding> out = new ArrayList<>();
        for (Device d : site.devices().values()) {
            if (!expected.contains(d.name())) continue;
            List<String> cut = new ArrayList<>();
            List<String> misconfigured = new ArrayList<>();
            for (Port p : d.ports().values()) {
                if (!isAccessPortIn(p, vlan) || pending.contains(new Link.Endpoint(d.name(), p.name()))) continue;
                if (!actual.contains(d.name())) cut.add(p.name());
                else if (!observedAccessPort(observed, d.name(), p.name(), vlan)) misconfigured.add(p.name());
            }
            String path = StatePaths.service(service.name(), vlan);
            if (!cut.isEmpty()) {
                out.add(Finding.error(Finding.Kind.SERVICE_UNREACHABLE, d.name(), path, "reaches " + String.join("/", gateways),
                        "cut: " + PortRanges.summarize(cut), "service " + service.name() + " (VLAN " + vlan + "): access ports " + d.name() + ":"
                                + PortRanges.summarize(cut) + " cannot reach the gateway on " + String.join("/", gateways)
                                + ": no path of up links carrying VLAN " + vlan + " from " + d.name()));
            }
            if (!misconfigured.isEmpty()) {
                out.add(Finding.error(Finding.Kind.SERVICE_UNREACHABLE, d.name(), path, "access " + vlan + ", admin up",
                        "not: " + PortRanges.summarize(misconfigured), "service " + service.name() + " (VLAN " + vlan + "): access ports " + d.name() + ":"
                                + PortRanges.summarize(misconfigured) + " are not admin up in VLAN " + vlan));
            }
        }
        return out;
    }

    private static boolean isAccessPortIn(Port p, int vlan) {
        return p.enabled() && p.mode() == Port.Mode.ACCESS && p.accessVlan().isPresent() && p.accessVlan().getAsInt() == vlan;
    }

    private static boolean observedAccessPort(ObservedState observed, String device, String port, int vlan) {
        Optional<InterfaceState> s = observed.device(device).flatMap(o -> o.port(port));
        return s.isPresent() && s.get().adminUp() && s.get().accessVlan().isPresent() && s.get().accessVlan().getAsInt() == vlan;
    }

    private static boolean intended(Site site, Link.Endpoint end, int vlan) {
        Device d = site.devices().get(end.device());
        Port p = d == null ? null : d.ports().get(end.port());
        return p != null && p.enabled() && (p.trunkVlans().contains(vlan) || (p.accessVlan().isPresent() && p.accessVlan().getAsInt() == vlan));
    }

    private static boolean observedCarries(ObservedState observed, Link.Endpoint end, int vlan) {
        Optional<InterfaceState> s = observed.device(end.device()).flatMap(o -> o.port(end.port()));
        return s.isPresent() && s.get().operUp()
                && (s.get().trunkVlans().contains(vlan) || (s.get().accessVlan().isPresent() && s.get().accessVlan().getAsInt() == vlan));
    }

    private static Set<String> liveGateways(ObservedState observed, Set<String> gateways, int vlan) {
        Set<String> live = new HashSet<>();
        for (String g : gateways) {
            // a gateway that reports no VLAN table keeps its VLANs implicit in its port config
            if (observed.device(g).map(o -> o.vlans().isEmpty() || o.hasVlan(vlan)).orElse(false)) live.add(g);
        }
        return live;
    }

    /** The devices reachable from {@code start} over links whose both ends pass {@code carries}. */
    private static Set<String> reach(Site site, Set<String> start, BiPredicate<Link, Link.Endpoint> carries) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String at = todo.pop();
            for (Link l : site.linksOf(at)) {
                Link.Endpoint far = l.farEnd(at);
                if (seen.contains(far.device())) continue;
                if (carries.test(l, l.nearEnd(at)) && carries.test(l, far)) {
                    seen.add(far.device());
                    todo.push(far.device());
                }
            }
        }
        return seen;
    }
}
