package org.switchover.verify;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.VlanState;
import org.switchover.inventory.CredentialRef;
import org.switchover.inventory.Defaults;
import org.switchover.inventory.Device;
import org.switchover.inventory.HardwareModel;
import org.switchover.inventory.Link;
import org.switchover.inventory.Platform;
import org.switchover.inventory.Port;
import org.switchover.inventory.Role;
import org.switchover.inventory.Service;
import org.switchover.inventory.Site;
import org.switchover.inventory.Vlan;

/**
 * A small campus for tests: two cores, two distribution and three access switches (acc-3 carries
 * finance only); services
 * public (priority 1, VLAN 10), cctv (priority 1, VLAN 30) and finance (priority 2, VLAN 20).
 * {@link #healthy} is what such a site reports when every device matches its intent.
 */
public final class SmallSite {

    public static final Set<Integer> ALL = Set.of(10, 20, 30);

    private SmallSite() {}

    public static Site site() {
        Map<String, Device> devices = new LinkedHashMap<>();
        devices.put("core-1", device("core-1", Role.CORE, trunk("Eth49", ALL), trunk("Eth50", ALL), trunk("Eth51", ALL)));
        devices.put("core-2", device("core-2", Role.CORE, trunk("Eth49", ALL), trunk("Eth50", ALL), trunk("Eth51", ALL)));
        devices.put("dist-1", device("dist-1", Role.DISTRIBUTION, trunk("Eth49", ALL), trunk("Eth50", ALL),
                trunk("Eth1", ALL), access("Eth2", 20)));
        devices.put("dist-2", device("dist-2", Role.DISTRIBUTION, trunk("Eth49", ALL), trunk("Eth50", ALL),
                trunk("Eth1", Set.of(10, 20)), trunk("Eth2", Set.of(20))));
        devices.put("acc-1", device("acc-1", Role.ACCESS, trunk("Eth49", ALL), access("Eth1", 10), access("Eth2", 20),
                access("Eth3", 30), unused("Eth4")));
        devices.put("acc-2", device("acc-2", Role.ACCESS, trunk("Eth49", Set.of(10, 20)), access("Eth1", 10), access("Eth2", 20)));
        devices.put("acc-3", device("acc-3", Role.ACCESS, trunk("Eth49", Set.of(20)), access("Eth1", 20)));
        List<Link> links = List.of(
                link("core-1", "Eth49", "dist-1", "Eth49"),
                link("core-1", "Eth50", "dist-2", "Eth49"),
                link("core-1", "Eth51", "core-2", "Eth51"),
                link("core-2", "Eth49", "dist-1", "Eth50"),
                link("core-2", "Eth50", "dist-2", "Eth50"),
                link("dist-1", "Eth1", "acc-1", "Eth49"),
                link("dist-2", "Eth1", "acc-2", "Eth49"),
                link("dist-2", "Eth2", "acc-3", "Eth49"));
        Map<Integer, Vlan> vlans = new LinkedHashMap<>();
        vlans.put(10, new Vlan(10, "public", Optional.of("public")));
        vlans.put(20, new Vlan(20, "finance", Optional.of("finance")));
        vlans.put(30, new Vlan(30, "cctv", Optional.of("cctv")));
        Map<String, Service> services = new LinkedHashMap<>();
        services.put("finance", new Service("finance", 2, "Finance department", Set.of(20), "10.20.0.1", false));
        services.put("public", new Service("public", 1, "Public services desk", Set.of(10), "10.10.0.1", false));
        services.put("cctv", new Service("cctv", 1, "Cameras", Set.of(30), "core-1", true));
        return new Site(Path.of("site.yaml"), "small", "test campus",
                new Defaults(Platform.OPENCONFIG, new CredentialRef.Env("admin", "PW"), Duration.ofSeconds(120)),
                Map.of("sw-52", model("sw-52", 52), "sw-24", model("sw-24", 24)), devices, vlans, services, links, List.of());
    }

    public static HardwareModel model(String name, int ports) {
        return new HardwareModel(name, IntStream.rangeClosed(1, ports).mapToObj(i -> "Eth" + i).toList(), Set.of());
    }

    public static DeviceFacts facts(String hostname, String model, int ports) {
        return new DeviceFacts(hostname, model, "SN-" + hostname, "1.0", model(model, ports).ports());
    }

    /** What every device reports when all is as intended. */
    public static ObservedState healthy(Site site) {
        List<DeviceObservation> out = new ArrayList<>();
        for (Device d : site.devices().values()) out.add(healthy(site, d.name()));
        return ObservedState.of(out);
    }

    public static DeviceObservation healthy(Site site, String name) {
        Device d = site.device(name);
        List<InterfaceState> ifs = new ArrayList<>();
        List<LldpNeighbor> lldp = new ArrayList<>();
        for (Port p : d.ports().values()) {
            boolean cabled = site.linkAt(name, p.name()).isPresent();
            ifs.add(new InterfaceState(p.name(), p.description(), p.enabled(),
                    p.enabled() && cabled ? InterfaceState.OperStatus.UP : InterfaceState.OperStatus.DOWN,
                    InterfaceState.PortMode.valueOf(p.mode().name()), p.accessVlan(), p.trunkVlans(), 1000));
            site.linkAt(name, p.name()).filter(l -> p.enabled()).ifPresent(l ->
                    lldp.add(new LldpNeighbor(p.name(), l.farEnd(name).device(), l.farEnd(name).port())));
        }
        List<VlanState> vlans = site.vlans().values().stream().map(v -> new VlanState(v.id(), v.name())).toList();
        return new DeviceObservation(name, facts(name, d.model(), 52), ifs, vlans, lldp);
    }

    /** {@code observed} with one device's report replaced. */
    public static ObservedState with(ObservedState observed, DeviceObservation replacement) {
        Map<String, DeviceObservation> m = new LinkedHashMap<>(observed.devices());
        m.put(replacement.device(), replacement);
        return new ObservedState(m);
    }

    public static ObservedState without(ObservedState observed, String device) {
        Map<String, DeviceObservation> m = new LinkedHashMap<>(observed.devices());
        m.remove(device);
        return new ObservedState(m);
    }

    /** {@code observation} with one port's state changed by {@code change}. */
    public static DeviceObservation withPort(DeviceObservation o, String port, java.util.function.UnaryOperator<InterfaceState> change) {
        return new DeviceObservation(o.device(), o.facts(),
                o.interfaces().stream().map(i -> i.name().equals(port) ? change.apply(i) : i).toList(), o.vlans(), o.lldp());
    }

    public static InterfaceState operDown(InterfaceState i) {
        return new InterfaceState(i.name(), i.description(), i.adminUp(), InterfaceState.OperStatus.DOWN, i.mode(),
                i.accessVlan(), i.trunkVlans(), i.speedMbps());
    }

    private static Device device(String name, Role role, Port... ports) {
        Map<String, Port> m = new LinkedHashMap<>();
        for (Port p : ports) m.put(p.name(), p);
        return new Device(name, role, Platform.OPENCONFIG, "sw-52", HostAndPort.fromParts("127.0.0.1", 830),
                Optional.empty(), new CredentialRef.Env("admin", "PW"), Path.of("known_hosts"), m);
    }

    private static Port trunk(String name, Set<Integer> vlans) {
        return new Port(name, "uplink", true, Port.Mode.TRUNK, OptionalInt.empty(), vlans, Optional.empty(), 9000);
    }

    private static Port access(String name, int vlan) {
        return new Port(name, "desk", true, Port.Mode.ACCESS, OptionalInt.of(vlan), Set.of(), Optional.empty(), 1500);
    }

    private static Port unused(String name) {
        return new Port(name, "unused", false, Port.Mode.NONE, OptionalInt.empty(), Set.of(), Optional.empty(), 1500);
    }

    private static Link link(String a, String pa, String b, String pb) {
        return new Link(new Link.Endpoint(a, pa), new Link.Endpoint(b, pb));
    }
}
