package org.switchover.inventory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sections of a site file in dependency order (models, services and VLANs before the
 * devices that use them, devices before the links between them), reporting every problem, and
 * builds the {@link Site} only when there were none.
 */
final class SiteReader {

    static final List<String> TOP_KEYS = List.of("site", "defaults", "models", "profiles", "services", "vlans", "devices", "links", "suppressions");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
    static final int DEFAULT_MTU = 1500;

    private final Problems problems;
    private final Path baseDir;
    private final CredentialReader credentials;

    SiteReader(Problems problems, boolean allowInlineSecrets) {
        this.problems = problems;
        Path parent = problems.file().toAbsolutePath().getParent();
        this.baseDir = parent == null ? Path.of(".").toAbsolutePath() : parent;
        this.credentials = new CredentialReader(problems, baseDir, allowInlineSecrets);
    }

    Optional<Site> read(YamlNode root) {
        Optional<Fields> top = Fields.of(root, problems, TOP_KEYS);
        if (top.isEmpty()) return Optional.empty();
        Fields f = top.get();
        Optional<Fields> site = f.required("site").flatMap(n -> Fields.of(n, problems, List.of("name", "description")));
        String name = site.flatMap(s -> s.requiredString("name")).orElse("");
        String description = site.flatMap(s -> s.string("description")).orElse("");
        DefaultsRead defaults = defaults(f);
        Map<String, HardwareModel> models = models(f);
        Map<String, ServiceDraft> services = services(f);
        Map<Integer, Vlan> vlans = vlans(f, services);
        PortBuilder ports = new PortBuilder(problems, vlans, services, defaults.mtu());
        DeviceReader deviceReader = new DeviceReader(problems, baseDir, credentials, ports, models, defaults);
        Map<String, PortSpec> profiles = deviceReader.profiles(f.entries("profiles"));
        Map<String, DeviceDraft> devices = deviceReader.devices(f.required("devices"), profiles);
        Set<String> declared = f.node("devices").filter(YamlNode.Mapping.class::isInstance)
                .map(n -> ((YamlNode.Mapping) n).entries().keySet()).orElse(Set.of());
        List<LinkDraft> links = new LinkReader(problems, devices, declared, vlans).links(f.list("links"));
        ServiceTopology topology = new ServiceTopology(problems, devices, declared, links);
        Map<String, Service> finalServices = topology.services(services, vlans);
        Map<Link, Set<Integer>> linkVlans = topology.linkVlans(finalServices);
        List<Suppression> suppressions = suppressions(f.list("suppressions"), declared);
        if (!problems.isEmpty()) return Optional.empty();
        Map<Link.Endpoint, Link> cabling = new HashMap<>();
        links.forEach(l -> {
            cabling.put(l.link().a(), l.link());
            cabling.put(l.link().b(), l.link());
        });
        Map<String, Device> built = new LinkedHashMap<>();
        devices.forEach((n, d) -> built.put(n, d.build(cabling, linkVlans, defaults.mtu())));
        Defaults d = new Defaults(defaults.platform().orElse(Platform.OPENCONFIG), defaults.credentials().orElseThrow(), defaults.confirmTimeout(),
                defaults.portNumbers().orElse(PortNumbering.DEVICE));
        return Optional.of(new Site(problems.file(), name, description, d, models, built, vlans, finalServices,
                links.stream().map(LinkDraft::link).toList(), suppressions));
    }

    /** Defaults as read, with what devices fall back to when they do not say. */
    record DefaultsRead(Optional<Platform> platform, Optional<CredentialRef> credentials, Duration confirmTimeout,
                        Path knownHosts, int mtu, Optional<PortNumbering> portNumbers) {}

    private DefaultsRead defaults(Fields top) {
        Path knownHosts = CredentialReader.resolve("~/.ssh/known_hosts", baseDir);
        Optional<Fields> f = top.required("defaults").flatMap(n -> Fields.of(n, problems,
                List.of("platform", "credentials", "confirm_timeout", "known_hosts", "mtu", "port_numbers")));
        if (f.isEmpty()) return new DefaultsRead(Optional.empty(), Optional.empty(), Duration.ofSeconds(120), knownHosts, DEFAULT_MTU, Optional.empty());
        Optional<Platform> platform = f.get().choice("platform", Platform.class, false);
        Optional<CredentialRef> creds = f.get().required("credentials").flatMap(credentials::read);
        Duration timeout = f.get().node("confirm_timeout").flatMap(this::duration).orElse(Duration.ofSeconds(120));
        knownHosts = f.get().string("known_hosts").map(t -> CredentialReader.resolve(t, baseDir)).orElse(knownHosts);
        int mtu = f.get().integer("mtu").orElse(DEFAULT_MTU);
        Optional<PortNumbering> portNumbers = f.get().choice("port_numbers", PortNumbering.class, false);
        return new DefaultsRead(platform, creds, timeout, knownHosts, mtu, portNumbers);
    }

    private Optional<Duration> duration(YamlNode n) {
        Optional<String> t = Fields.textOf(n, problems);
        if (t.isEmpty()) return Optional.empty();
        Matcher m = DURATION.matcher(t.get().trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            problems.at(n, "expected a duration such as 120s, 2m or 1h, found '" + t.get() + "'");
            return Optional.empty();
        }
        long v = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "ms" -> Duration.ofMillis(v);
            case "m" -> Duration.ofMinutes(v);
            case "h" -> Duration.ofHours(v);
            default -> Duration.ofSeconds(v);
        });
    }

    private Map<String, HardwareModel> models(Fields top) {
        Map<String, HardwareModel> models = new LinkedHashMap<>();
        for (YamlNode.Entry e : top.entries("models")) {
            Optional<Fields> f = Fields.of(e.value(), problems, List.of("ports", "uplinks"));
            if (f.isEmpty()) continue;
            if (!f.get().has("ports")) problems.at(e.value(), "missing required key 'ports'");
            List<String> ports = portNames(f.get().list("ports"), List.of());
            Set<String> seen = new LinkedHashSet<>();
            for (String p : ports) {
                if (!seen.add(p)) problems.at(f.get().node("ports").orElseThrow(), "port " + p + " is listed twice in model '" + e.key().text() + "'");
            }
            Set<String> uplinks = new LinkedHashSet<>();
            for (YamlNode u : f.get().list("uplinks")) {
                for (String p : portNames(List.of(u), ports)) {
                    if (!seen.contains(p)) problems.at(u, "uplink " + p + " is not one of the model's ports");
                    else uplinks.add(p);
                }
            }
            models.put(e.key().text(), new HardwareModel(e.key().text(), List.copyOf(seen), uplinks));
        }
        return models;
    }

    /** Every name a list of port names and ranges stands for. */
    List<String> portNames(List<YamlNode> items, List<String> literal) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : items) {
            Optional<String> t = Fields.textOf(item, problems);
            if (t.isEmpty()) continue;
            Optional<List<String>> expanded = PortRange.expand(t.get(), literal);
            if (expanded.isEmpty()) problems.at(item, "port range '" + t.get() + "' runs backwards or is too long");
            else names.addAll(expanded.get());
        }
        return names;
    }

    /** A service as written, before its VLANs are gathered from the VLAN list. */
    record ServiceDraft(String name, YamlNode node, int priority, String description, Optional<String> gateway,
                        Optional<YamlNode> gatewayNode, boolean neverDrop, List<YamlNode> vlans) {}

    private Map<String, ServiceDraft> services(Fields top) {
        Map<String, ServiceDraft> services = new LinkedHashMap<>();
        for (YamlNode.Entry e : top.entries("services")) {
            Optional<Fields> f = Fields.of(e.value(), problems, List.of("priority", "description", "gateway", "never_drop", "vlans"));
            if (f.isEmpty()) continue;
            OptionalInt priority = f.get().required("priority").map(n -> Fields.integerOf(n, problems)).orElse(OptionalInt.empty());
            if (priority.isPresent() && priority.getAsInt() < 1) {
                problems.at(f.get().node("priority").orElseThrow(), "priority must be 1 or more (1 is restored first)");
            }
            Optional<String> gateway = f.get().requiredString("gateway");
            services.put(e.key().text(), new ServiceDraft(e.key().text(), e.value(), priority.orElse(1),
                    f.get().string("description").orElse(""), gateway, f.get().node("gateway"),
                    f.get().bool("never_drop").orElse(false), f.get().list("vlans")));
        }
        return services;
    }

    private Map<Integer, Vlan> vlans(Fields top, Map<String, ServiceDraft> services) {
        Map<Integer, Vlan> vlans = new LinkedHashMap<>();
        Map<Integer, YamlNode> firstAt = new LinkedHashMap<>();
        Map<String, Integer> idByName = new HashMap<>();
        for (YamlNode item : top.list("vlans")) {
            Optional<Fields> f = Fields.of(item, problems, List.of("id", "name", "service"));
            if (f.isEmpty()) continue;
            OptionalInt id = f.get().required("id").map(n -> VlanList.id(n, problems)).orElse(OptionalInt.empty());
            Optional<String> name = f.get().requiredString("name");
            if (name.isPresent() && name.get().length() > 32) {
                // ieee802-dot1q-types name-type: a switch refuses longer VLAN names
                problems.at(f.get().node("name").orElseThrow(), "VLAN name '" + name.get() + "' is longer than 32 characters");
            }
            Optional<String> service = f.get().string("service");
            if (service.isPresent() && !services.containsKey(service.get())) {
                problems.at(f.get().node("service").orElseThrow(), "service '" + service.get() + "' is not defined under 'services'");
            }
            if (id.isEmpty() || name.isEmpty()) continue;
            YamlNode first = firstAt.putIfAbsent(id.getAsInt(), f.get().node("id").orElseThrow());
            if (first != null) {
                problems.at(f.get().node("id").orElseThrow(), "duplicate VLAN " + id.getAsInt() + " (first at line " + first.location().line() + ")");
                continue;
            }
            Integer sameName = idByName.putIfAbsent(name.get(), id.getAsInt());
            if (sameName != null) {
                // Junos keys its VLAN table by name and IOS-XE refuses two VLANs of one name
                problems.at(f.get().node("name").orElseThrow(), "VLAN name '" + name.get() + "' is already VLAN " + sameName
                        + "'s (line " + firstAt.get(sameName).location().line() + "); give each VLAN its own name");
            }
            vlans.put(id.getAsInt(), new Vlan(id.getAsInt(), name.get(), service));
        }
        return vlans;
    }

    private List<Suppression> suppressions(List<YamlNode> items, Set<String> devices) {
        List<Suppression> out = new ArrayList<>();
        for (YamlNode item : items) {
            Optional<Fields> f = Fields.of(item, problems, List.of("device", "path", "reason"));
            if (f.isEmpty()) continue;
            Optional<String> device = f.get().requiredString("device");
            Optional<String> path = f.get().requiredString("path");
            Optional<String> reason = f.get().requiredString("reason");
            if (device.isPresent() && !device.get().equals("*") && !devices.contains(device.get())) {
                problems.at(f.get().node("device").orElseThrow(), "device '" + device.get() + "' is not defined under 'devices'");
            }
            if (device.isPresent() && path.isPresent() && reason.isPresent()) {
                out.add(new Suppression(device.get(), path.get(), reason.get()));
            }
        }
        return out;
    }
}
