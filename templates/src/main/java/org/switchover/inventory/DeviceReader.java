package org.switchover.inventory;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads named port profiles and the {@code devices} section, expanding port ranges against each hardware model. */
final class DeviceReader {

    private static final List<String> KEYS = List.of("role", "platform", "model", "management", "serial", "credentials", "known_hosts", "ports", "port_numbers");

    private static final HostAndPort UNRESOLVED_ADDRESS = HostAndPort.fromParts("0.0.0.0", 1);
    private static final CredentialRef UNRESOLVED_CREDENTIALS = new CredentialRef.Env("", "UNRESOLVED");

    private final Problems problems;
    private final Path baseDir;
    private final CredentialReader credentials;
    private final PortBuilder portBuilder;
    private final Map<String, HardwareModel> models;
    private final SiteReader.DefaultsRead defaults;

    DeviceReader(Problems problems, Path baseDir, CredentialReader credentials, PortBuilder portBuilder,
                 Map<String, HardwareModel> models, SiteReader.DefaultsRead defaults) {
        this.problems = problems;
        this.baseDir = baseDir;
        this.credentials = credentials;
        this.portBuilder = portBuilder;
        this.models = models;
        this.defaults = defaults;
    }

    /** Named port profiles; their values are checked where a port uses them. */
    Map<String, PortSpec> profiles(List<YamlNode.Entry> entries) {
        Map<String, PortSpec> profiles = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries) {
            Fields.of(e.value(), problems, PortSpec.KEYS).ifPresent(f -> profiles.put(e.key().text(), PortSpec.of(f)));
        }
        return profiles;
    }

    Map<String, DeviceDraft> devices(Optional<YamlNode> section, Map<String, PortSpec> profiles) {
        Map<String, DeviceDraft> devices = new LinkedHashMap<>();
        if (section.isEmpty()) return devices;
        if (!(section.get() instanceof YamlNode.Mapping m)) {
            problems.at(section.get(), "expected a mapping of device names, found " + section.get().kind());
            return devices;
        }
        Map<String, YamlNode.Scalar> byFoldedName = new HashMap<>();
        for (YamlNode.Entry e : m.entries().values()) {
            YamlNode.Scalar first = byFoldedName.putIfAbsent(e.key().text().toLowerCase(java.util.Locale.ROOT), e.key());
            if (first != null && !first.text().equals(e.key().text())) {
                // LLDP system names and host names compare without case, so the checks could not tell the two apart
                problems.at(e.key(), "device '" + e.key().text() + "' differs from '" + first.text() + "' (line "
                        + first.location().line() + ") only in case; LLDP and DNS do not tell them apart, so rename one");
            }
            device(e.key().text(), e.value(), profiles).ifPresent(d -> devices.put(d.name(), d));
        }
        return devices;
    }

    private Optional<DeviceDraft> device(String name, YamlNode node, Map<String, PortSpec> profiles) {
        Optional<Fields> of = Fields.of(node, problems, KEYS);
        if (of.isEmpty()) return Optional.empty();
        Fields f = of.get();
        Optional<Role> role = f.choice("role", Role.class, true);
        Optional<Platform> platform = f.choice("platform", Platform.class, false).or(defaults::platform);
        if (platform.isEmpty() && !f.has("platform")) problems.at(node, "missing required key 'platform' (and no defaults.platform)");
        Optional<HardwareModel> model = f.requiredString("model").flatMap(mn -> {
            if (!models.containsKey(mn)) problems.at(f.node("model").orElseThrow(), "hardware model '" + mn + "' is not defined under 'models'");
            return Optional.ofNullable(models.get(mn));
        });
        Optional<HostAndPort> management = f.required("management").flatMap(this::management);
        Optional<CredentialRef> creds = f.node("credentials").isPresent()
                ? f.node("credentials").flatMap(credentials::read) : defaults.credentials();
        Path knownHosts = f.string("known_hosts").map(t -> CredentialReader.resolve(t, baseDir)).orElse(defaults.knownHosts());
        Map<String, Port> ports = new LinkedHashMap<>();
        Set<String> derivedTrunks = new HashSet<>();
        if (model.isPresent()) ports(name, model.get(), f.entries("ports"), profiles, ports, derivedTrunks);
        // A device with lesser errors is kept so its links and services are still checked; the
        // placeholders never reach a Site because the errors behind them are already reported.
        if (role.isEmpty() || platform.isEmpty() || model.isEmpty()) return Optional.empty();
        return Optional.of(new DeviceDraft(name, node, role.get(), platform.get(), model.get(),
                management.orElse(UNRESOLVED_ADDRESS), f.string("serial"), creds.orElse(UNRESOLVED_CREDENTIALS),
                knownHosts, ports, derivedTrunks,
                f.choice("port_numbers", PortNumbering.class, false).or(defaults::portNumbers).orElse(PortNumbering.DEVICE)));
    }

    private Optional<HostAndPort> management(YamlNode n) {
        Optional<String> t = Fields.textOf(n, problems);
        if (t.isEmpty()) return Optional.empty();
        try {
            HostAndPort hp = HostAndPort.fromString(t.get());
            if (hp.hasPort() && !hp.getHost().isEmpty()) return Optional.of(hp);
        } catch (IllegalArgumentException e) {
            // reported below with the expected form
        }
        problems.at(n, "management address '" + t.get() + "' must be host:port, for example 127.0.0.1:8301");
        return Optional.empty();
    }

    private void ports(String device, HardwareModel model, List<YamlNode.Entry> entries, Map<String, PortSpec> profiles,
                       Map<String, Port> ports, Set<String> derivedTrunks) {
        Map<String, YamlNode.Scalar> configuredBy = new HashMap<>();
        for (YamlNode.Entry e : entries) {
            String key = e.key().text();
            Optional<List<String>> names = PortRange.expand(key, model.ports());
            if (names.isEmpty()) {
                problems.at(e.key(), "port range '" + key + "' runs backwards or is too long");
                continue;
            }
            Optional<String> missing = names.get().stream().filter(p -> !model.ports().contains(p)).findFirst();
            if (missing.isPresent()) {
                problems.at(e.key(), "port " + missing.get() + " is not on hardware model '" + model.name() + "' of " + device
                        + " (it has " + summary(model.ports()) + ")");
                continue;
            }
            Optional<PortSpec> spec = spec(e.value(), profiles);
            if (spec.isEmpty()) continue;
            for (String p : names.get()) {
                YamlNode.Scalar first = configuredBy.putIfAbsent(p, e.key());
                if (first != null) {
                    problems.at(e.key(), "port " + p + " of " + device + " is configured twice (first by '" + first.text()
                            + "' at line " + first.location().line() + ")");
                    return;
                }
            }
            Optional<Port> template = portBuilder.build(key, spec.get(), e.key());
            if (template.isEmpty()) continue;
            for (String p : names.get()) {
                Port t = template.get();
                ports.put(p, new Port(p, t.description(), t.enabled(), t.mode(), t.accessVlan(), t.trunkVlans(), t.service(), t.mtu()));
                if (t.mode() == Port.Mode.TRUNK && spec.get().trunkVlans().isEmpty()) derivedTrunks.add(p);
            }
        }
    }

    private Optional<PortSpec> spec(YamlNode value, Map<String, PortSpec> profiles) {
        if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) return Optional.of(PortSpec.empty());
        Optional<Fields> f = Fields.of(value, problems, PortSpec.KEYS_WITH_PROFILE);
        if (f.isEmpty()) return Optional.empty();
        PortSpec own = PortSpec.of(f.get());
        Optional<String> profile = f.get().string("profile");
        if (profile.isEmpty()) return Optional.of(own);
        PortSpec base = profiles.get(profile.get());
        if (base == null) {
            problems.at(f.get().node("profile").orElseThrow(), "profile '" + profile.get() + "' is not defined under 'profiles'");
            return Optional.empty();
        }
        return Optional.of(own.over(base));
    }

    /** "eth1..eth48, up1..up4" rather than 52 names. */
    static String summary(List<String> ports) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ports.size()) {
            int j = i;
            while (j + 1 < ports.size() && ports.get(j + 1).replaceAll("\\d+$", "").equals(ports.get(i).replaceAll("\\d+$", ""))) j++;
            if (out.length() > 0) out.append(", ");
            out.append(j == i ? ports.get(i) : ports.get(i) + ".." + ports.get(j));
            i = j + 1;
        }
        return out.toString();
    }
}
