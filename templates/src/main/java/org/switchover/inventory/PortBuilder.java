package org.switchover.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the settings of one port entry (with its profile) into a {@link Port}: infers the mode,
 * resolves VLAN and service references and reports what does not fit together.
 */
final class PortBuilder {

    private final Problems problems;
    private final Map<Integer, Vlan> vlans;
    private final Map<String, ?> services;
    private final int defaultMtu;

    PortBuilder(Problems problems, Map<Integer, Vlan> vlans, Map<String, ?> services, int defaultMtu) {
        this.problems = problems;
        this.vlans = vlans;
        this.services = services;
        this.defaultMtu = defaultMtu;
    }

    /** The port {@code spec} describes, named {@code name}; empty after reporting when it is wrong. */
    Optional<Port> build(String name, PortSpec spec, YamlNode at) {
        int before = problems.count();
        String description = spec.description().flatMap(n -> Fields.textOf(n, problems)).orElse("");
        boolean enabled = spec.enabled().map(this::bool).orElse(true);
        OptionalInt access = spec.vlan().map(n -> knownVlan(n, VlanList.id(n, problems))).orElse(OptionalInt.empty());
        Set<Integer> trunk = spec.trunkVlans().map(this::trunkVlans).orElse(Set.of());
        Optional<String> service = spec.service().flatMap(this::service);
        int mtu = spec.mtu().map(this::mtu).orElse(defaultMtu);
        Port.Mode mode = spec.mode().map(this::mode).orElseGet(() ->
                spec.vlan().isPresent() ? Port.Mode.ACCESS : spec.trunkVlans().isPresent() ? Port.Mode.TRUNK : Port.Mode.NONE);
        if (mode == Port.Mode.ACCESS && spec.vlan().isEmpty()) {
            problems.at(at, "access port " + name + " needs 'vlan'");
        }
        if (mode != Port.Mode.ACCESS && spec.vlan().isPresent()) {
            problems.at(spec.vlan().get(), "'vlan' is for access ports; port " + name + " is " + mode.name().toLowerCase(Locale.ROOT) + " (use trunk_vlans for a trunk)");
        }
        if (mode != Port.Mode.TRUNK && spec.trunkVlans().isPresent()) {
            problems.at(spec.trunkVlans().get(), "'trunk_vlans' is for trunk ports; port " + name + " is " + mode.name().toLowerCase(Locale.ROOT));
        }
        if (service.isEmpty() && access.isPresent()) {
            service = vlans.get(access.getAsInt()).service();
        }
        if (problems.count() > before) return Optional.empty();
        return Optional.of(new Port(name, description, enabled, mode, access, trunk, service, mtu));
    }

    private boolean bool(YamlNode n) {
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) return Boolean.parseBoolean(s.text());
        problems.at(n, "expected true or false");
        return false;
    }

    private Port.Mode mode(YamlNode n) {
        String t = Fields.textOf(n, problems).orElse("");
        return switch (t) {
            case "access" -> Port.Mode.ACCESS;
            case "trunk" -> Port.Mode.TRUNK;
            case "none" -> Port.Mode.NONE;
            default -> {
                if (!t.isEmpty()) problems.at(n, "unknown mode '" + t + "' (expected one of: access, trunk, none)");
                yield Port.Mode.NONE;
            }
        };
    }

    private OptionalInt knownVlan(YamlNode n, OptionalInt id) {
        if (id.isPresent() && !vlans.containsKey(id.getAsInt())) {
            problems.at(n, "VLAN " + id.getAsInt() + " is not defined under 'vlans'");
            return OptionalInt.empty();
        }
        return id;
    }

    private Set<Integer> trunkVlans(YamlNode n) {
        List<YamlNode> items = n instanceof YamlNode.Sequence s ? s.items() : List.of(n);
        Set<Integer> all = new LinkedHashSet<>();
        for (YamlNode item : items) {
            Set<Integer> ids = VlanList.ids(List.of(item), problems);
            ids.stream().filter(id -> !vlans.containsKey(id)).findFirst()
                    .ifPresent(id -> problems.at(item, "VLAN " + id + " is not defined under 'vlans'"));
            all.addAll(ids);
        }
        return all;
    }

    private Optional<String> service(YamlNode n) {
        Optional<String> name = Fields.textOf(n, problems);
        if (name.isPresent() && !services.containsKey(name.get())) {
            problems.at(n, "service '" + name.get() + "' is not defined under 'services'");
            return Optional.empty();
        }
        return name;
    }

    private int mtu(YamlNode n) {
        OptionalInt m = Fields.integerOf(n, problems);
        if (m.isPresent() && (m.getAsInt() < 68 || m.getAsInt() > 65535)) {
            problems.at(n, "MTU " + m.getAsInt() + " is outside 68..65535");
        }
        return m.orElse(defaultMtu);
    }
}
