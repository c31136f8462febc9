package org.switchover.audit;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.CredentialRef;
import org.switchover.inventory.Defaults;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Platform;
import org.switchover.inventory.Port;
import org.switchover.inventory.Role;
import org.switchover.inventory.Site;
import org.switchover.inventory.Suppression;
import org.switchover.inventory.Vlan;

/**
 * A three-switch site for unit tests: core1 trunks to acc1 and acc2; acc1 has an access port
 * for VLAN 10, an unused disabled port and an enabled port to a desk (no cable in the site).
 */
public final class AuditFixtures {

    public static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private AuditFixtures() {}

    public static Site site(Suppression... suppressions) {
        Map<String, Device> devices = new LinkedHashMap<>();
        devices.put("core1", device("core1", Role.CORE, 2201,
                trunk("ge-0/0/1", 10, 20), trunk("ge-0/0/2", 10, 20), unused("ge-0/0/3")));
        devices.put("acc1", device("acc1", Role.ACCESS, 2202,
                trunk("ge-0/0/48", 10, 20), access("ge-0/0/1", 10), unused("ge-0/0/2"), access("ge-0/0/3", 20)));
        devices.put("acc2", device("acc2", Role.ACCESS, 2203, trunk("ge-0/0/48", 10, 20)));
        List<Link> links = List.of(
                link("core1", "ge-0/0/1", "acc1", "ge-0/0/48"),
                link("core1", "ge-0/0/2", "acc2", "ge-0/0/48"));
        Map<Integer, Vlan> vlans = Map.of(10, new Vlan(10, "staff", Optional.of("staff")), 20, new Vlan(20, "cctv", Optional.empty()));
        Defaults defaults = new Defaults(Platform.OPENCONFIG, new CredentialRef.Env("admin", "SW_PASS"), Duration.ofSeconds(120));
        return new Site(Path.of("site.yaml"), "unit", "unit test site", defaults, Map.of(), devices, vlans, Map.of(), links,
                List.of(suppressions));
    }

    static Device device(String name, Role role, int port, Port... ports) {
        Map<String, Port> map = new LinkedHashMap<>();
        for (Port p : ports) map.put(p.name(), p);
        return new Device(name, role, Platform.OPENCONFIG, "sim-48", HostAndPort.fromParts("127.0.0.1", port), Optional.empty(),
                new CredentialRef.Env("admin", "SW_PASS"), Path.of("known_hosts"), map);
    }

    static Port trunk(String name, Integer... vlans) {
        return new Port(name, "uplink", true, Port.Mode.TRUNK, OptionalInt.empty(), Set.of(vlans), Optional.empty(), 9000);
    }

    static Port access(String name, int vlan) {
        return new Port(name, "desk", true, Port.Mode.ACCESS, OptionalInt.of(vlan), Set.of(), Optional.of("staff"), 1500);
    }

    static Port unused(String name) {
        return new Port(name, "unused", false, Port.Mode.NONE, OptionalInt.empty(), Set.of(), Optional.empty(), 1500);
    }

    static Link link(String a, String ap, String b, String bp) {
        return new Link(new Link.Endpoint(a, ap), new Link.Endpoint(b, bp));
    }

    /** What {@code device} reports when everything is as the site says. */
    public static PortsAndNeighbors healthy(Site site, String device) {
        Device d = site.device(device);
        List<InterfaceState> ifs = d.ports().values().stream().map(p -> new InterfaceState(p.name(), p.description(), p.enabled(),
                p.enabled() ? OperStatus.UP : OperStatus.DOWN,
                switch (p.mode()) { case ACCESS -> PortMode.ACCESS; case TRUNK -> PortMode.TRUNK; case NONE -> PortMode.NONE; },
                p.accessVlan(), p.trunkVlans(), 1000)).toList();
        List<LldpNeighbor> lldp = site.linksOf(device).stream()
                .map(l -> new LldpNeighbor(l.nearEnd(device).port(), l.farEnd(device).device(), l.farEnd(device).port())).toList();
        return new PortsAndNeighbors(ifs, lldp);
    }

    public static AuditFinding configDrift(String device, String path, String running, String golden) {
        return new AuditFinding(device, AuditFindingKind.CONFIG_DRIFT, path, golden, running, "running differs from golden");
    }

    public static AuditFinding finding(String device, AuditFindingKind kind, String path, String message) {
        return new AuditFinding(device, kind, path, null, null, message);
    }
}
