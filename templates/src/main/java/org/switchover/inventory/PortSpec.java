package org.switchover.inventory;

import java.util.List;
import java.util.Optional;

/**
 * The port settings one YAML mapping gives (a port entry or a named profile), each with the node
 * it came from so later checks point at the right line. Absent settings are empty.
 */
record PortSpec(
        Optional<YamlNode> description,
        Optional<YamlNode> enabled,
        Optional<YamlNode> mode,
        Optional<YamlNode> vlan,
        Optional<YamlNode> trunkVlans,
        Optional<YamlNode> service,
        Optional<YamlNode> mtu) {

    static final List<String> KEYS = List.of("description", "enabled", "mode", "vlan", "trunk_vlans", "service", "mtu");
    static final List<String> KEYS_WITH_PROFILE = List.of("profile", "description", "enabled", "mode", "vlan", "trunk_vlans", "service", "mtu");

    static PortSpec of(Fields f) {
        return new PortSpec(f.node("description"), f.node("enabled"), f.node("mode"), f.node("vlan"),
                f.node("trunk_vlans"), f.node("service"), f.node("mtu"));
    }

    static PortSpec empty() {
        return new PortSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These settings, falling back to {@code base}'s for any this one leaves out. */
    PortSpec over(PortSpec base) {
        return new PortSpec(description.or(base::description), enabled.or(base::enabled), mode.or(base::mode),
                vlan.or(base::vlan), trunkVlans.or(base::trunkVlans), service.or(base::service), mtu.or(base::mtu));
    }
}
