package org.switchover.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;

/**
 * The state half of an audit, pure: compares what a device reports (ports, VLANs, LLDP) with
 * what the site intends and returns path-qualified findings.
 *
 * <p>Which VLANs exist on a device is configuration, covered by the compliance diff where the
 * template owns it; the state checks look at what each port carries.
 *
 * <p>A port should be operationally up when it is enabled and the site cables it; an enabled
 * port without a cable only has to be administratively up, since whatever sits at its far end
 * (a desk, a camera) is outside the inventory.
 */
public final class AuditStateCheck {

    private AuditStateCheck() {}

    /** Every state finding for {@code device} given what it reports. */
    public static List<AuditFinding> findings(Site site, Device device, PortsAndNeighbors observed) {
        Map<String, InterfaceState> byName = observed.interfaces().stream()
                .collect(Collectors.toMap(InterfaceState::name, Function.identity(), (a, b) -> a));
        // the device's cables by its port, looked up once: a large site has thousands of links
        List<Link> links = site.linksOf(device.name());
        Map<String, Link> cableAt = new java.util.HashMap<>();
        links.forEach(l -> cableAt.putIfAbsent(l.nearEnd(device.name()).port(), l));
        List<AuditFinding> out = new ArrayList<>();
        for (Port port : device.ports().values()) {
            InterfaceState state = byName.get(port.name());
            portFinding(device, port, state, Optional.ofNullable(cableAt.get(port.name()))).ifPresent(out::add);
            if (state != null) vlanFinding(device.name(), port, state).ifPresent(out::add);
        }
        out.addAll(cablingFindings(site, device, links, observed.lldpNeighbors(), byName));
        return List.copyOf(out);
    }

    static String interfacePath(String port, String leaf) {
        return "/state/interface[name=" + port + "]/" + leaf;
    }

    private static Optional<AuditFinding> portFinding(Device device, Port port, InterfaceState state, Optional<Link> cable) {
        if (!port.enabled()) return Optional.empty();
        String name = device.name();
        if (state == null) {
            return Optional.of(new AuditFinding(name, AuditFindingKind.PORT_DOWN, interfacePath(port.name(), "oper-status"),
                    "up", null, "port " + port.name() + " is enabled in the site but the device does not report it"));
        }
        if (!state.adminUp()) {
            return Optional.of(new AuditFinding(name, AuditFindingKind.PORT_DOWN, interfacePath(port.name(), "admin-status"),
                    "up", "down", "port " + port.name() + " is administratively down; the site enables it"));
        }
        if (cable.isPresent() && !state.operUp()) {
            String far = cable.get().farEnd(name).toString();
            return Optional.of(new AuditFinding(name, AuditFindingKind.PORT_DOWN, interfacePath(port.name(), "oper-status"),
                    "up", state.operStatus().name().toLowerCase(Locale.ROOT),
                    "port " + port.name() + " (cabled to " + far + ") is " + state.operStatus().name().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    private static Optional<AuditFinding> vlanFinding(String device, Port port, InterfaceState state) {
        String expected = membership(port);
        String actual = membership(state);
        if (expected.equals(actual)) return Optional.empty();
        return Optional.of(new AuditFinding(device, AuditFindingKind.VLAN_MEMBERSHIP, interfacePath(port.name(), "vlans"),
                expected, actual, "port " + port.name() + " carries " + actual + "; the site says " + expected));
    }

    private static String membership(Port port) {
        return switch (port.mode()) {
            case ACCESS -> "access " + port.accessVlan().orElse(0);
            case TRUNK -> "trunk " + port.trunkVlans();
            case NONE -> "none";
        };
    }

    private static String membership(InterfaceState state) {
        return switch (state.mode()) {
            case ACCESS -> "access " + state.accessVlan().orElse(0);
            case TRUNK -> "trunk " + state.trunkVlans();
            case NONE -> "none";
        };
    }

    private static List<AuditFinding> cablingFindings(
            Site site, Device device, List<Link> links, List<LldpNeighbor> heard, Map<String, InterfaceState> interfaces) {
        String name = device.name();
        Map<String, LldpNeighbor> byPort = heard.stream()
                .collect(Collectors.toMap(LldpNeighbor::localPort, Function.identity(), (a, b) -> a));
        List<AuditFinding> out = new ArrayList<>();
        Set<String> cabledPorts = new HashSet<>();
        for (Link link : links) {
            Link.Endpoint near = link.nearEnd(name);
            Link.Endpoint far = link.farEnd(name);
            cabledPorts.add(near.port());
            LldpNeighbor n = byPort.get(near.port());
            if (n == null) {
                // a down port hears nothing; that is already a port-down finding, not a moved cable
                InterfaceState s = interfaces.get(near.port());
                if (s != null && s.operUp()) out.add(cabling(name, near.port(), far.toString(), null,
                        "port " + near.port() + " should reach " + far + " but hears no LLDP neighbour"));
            } else if (!sameEnd(far, n)) {
                out.add(cabling(name, near.port(), far.toString(), heardAs(n),
                        "port " + near.port() + " should reach " + far + " but hears " + heardAs(n)));
            }
        }
        for (LldpNeighbor n : heard) {
            if (!cabledPorts.contains(n.localPort()) && isSiteDevice(site, n.remoteSystemName())) {
                out.add(cabling(name, n.localPort(), null, heardAs(n),
                        "port " + n.localPort() + " hears " + heardAs(n) + " but the site cables nothing there"));
            }
        }
        return out;
    }

    private static AuditFinding cabling(String device, String port, String expected, String actual, String message) {
        return new AuditFinding(device, AuditFindingKind.CABLING, "/state/lldp/neighbor[port=" + port + "]", expected, actual, message);
    }

    private static String heardAs(LldpNeighbor n) {
        return n.remoteSystemName() + ":" + n.remotePortId();
    }

    private static boolean sameEnd(Link.Endpoint far, LldpNeighbor n) {
        return sameSystem(far.device(), n.remoteSystemName()) && far.port().equalsIgnoreCase(n.remotePortId());
    }

    /** LLDP system names are often fully qualified; {@code core1.city.example} is {@code core1}. */
    static boolean sameSystem(String inventoryName, String systemName) {
        String a = inventoryName.toLowerCase(Locale.ROOT);
        String b = systemName.toLowerCase(Locale.ROOT);
        return a.equals(b) || b.startsWith(a + ".");
    }

    /** Neighbours that are not switches of the site (phones, hosts) never count as cabling drift. */
    private static boolean isSiteDevice(Site site, String systemName) {
        String shortName = systemName.split("\\.", 2)[0];
        return site.devices().containsKey(shortName) || site.devices().containsKey(shortName.toLowerCase(Locale.ROOT));
    }
}
