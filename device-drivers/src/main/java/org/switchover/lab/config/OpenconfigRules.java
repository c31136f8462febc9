package org.switchover.lab.config;

import static org.switchover.lab.config.Schema.OC_INTERFACES;
import static org.switchover.lab.config.Schema.OC_LLDP;
import static org.switchover.lab.config.Schema.OC_NETINST;
import static org.switchover.lab.config.Schema.OC_SYSTEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.lab.SwitchModel;
import org.switchover.netconf.RpcError;

/**
 * {@link ConfigRules} of the openconfig platform, and of EOS, which validates the same models
 * within Arista's deviations: interface-mode is Arista's enumeration (ACCESS, TRUNK,
 * DOT1Q-TUNNEL), a network instance is the default one (type DEFAULT_INSTANCE, name default) or
 * an L3VRF/L2VSI named otherwise, and LLDP per interface may be TRANSMIT or RECEIVE only.
 */
final class OpenconfigRules implements ConfigRules {
    private static final Map<String, String> TOP = Map.of(
            "system", OC_SYSTEM, "interfaces", OC_INTERFACES, "network-instances", OC_NETINST, "lldp", OC_LLDP);

    private final SwitchModel model;
    private final boolean arista;

    OpenconfigRules(SwitchModel model, boolean arista) {
        this.model = model;
        this.arista = arista;
    }

    @Override
    public List<RpcError> check(XmlNode config) {
        List<RpcError> errors = new ArrayList<>();
        LeafChecks leaves = new LeafChecks(errors);
        for (XmlNode top : config.children()) {
            if (!TopLevel.known(top, TOP, errors)) continue;
            switch (top.name()) {
                case "system" -> top.path("config").ifPresent(c -> leaves.length(c, "hostname", 1, 253, "/system/config"));
                case "interfaces" -> top.children("interface").forEach(i -> checkInterface(i, leaves));
                case "network-instances" -> top.children("network-instance").forEach(ni -> checkInstance(ni, leaves));
                case "lldp" -> { if (arista) top.path("interfaces").ifPresent(i -> i.children("interface").forEach(e -> checkLldp(e, leaves))); }
                default -> { }
            }
        }
        return errors;
    }

    private void checkInterface(XmlNode itf, LeafChecks leaves) {
        String name = itf.childText("name").orElse("");
        String path = "/interfaces/interface[name='" + name + "']";
        XmlNode config = itf.child(OC_INTERFACES, "config").orElse(null);
        if (config == null || config.child("type").isEmpty()) {
            leaves.missing(path + "/config/type", "type", "interface " + name + " has no config/type, which is mandatory");
        }
        if (config == null) return;
        config.childText("name").filter(n -> !n.equals(name))
                .ifPresent(n -> leaves.invalid(path + "/config/name", "config/name '" + n + "' differs from the key '" + name + "'"));
        String type = config.child("type").map(XmlNode::localValue).orElse("ethernetCsmacd");
        if (type.equals("ethernetCsmacd") && !model.hasPort(name)) {
            leaves.invalid(path, "interface " + name + " does not exist on model " + model.name()
                    + " (ports " + model.ports().get(0) + ".." + model.ports().get(model.ports().size() - 1) + ")");
        }
        leaves.bool(config, "enabled", path + "/config");
        leaves.intRange(config, "mtu", 0, 65535, path + "/config");
        itf.path("ethernet", "switched-vlan", "config").ifPresent(sv -> {
            String svPath = path + "/ethernet/switched-vlan/config";
            leaves.oneOf(sv, "interface-mode", arista ? Set.of("ACCESS", "TRUNK", "DOT1Q-TUNNEL") : Set.of("ACCESS", "TRUNK"), svPath);
            sv.childText("access-vlan").ifPresent(v -> leaves.vlanId(v, svPath + "/access-vlan", false));
            sv.childText("native-vlan").ifPresent(v -> leaves.vlanId(v, svPath + "/native-vlan", false));
            sv.children("trunk-vlans").forEach(t -> leaves.vlanId(t.text(), svPath + "/trunk-vlans", true));
        });
    }

    /** arista-netinst-deviations: only the default instance, and L3VRF or L2VSI instances named otherwise. */
    private static void checkAristaInstance(String name, String type, String path, LeafChecks leaves) {
        boolean ok = type.equals("DEFAULT_INSTANCE") ? name.equals("default")
                : (type.equals("L3VRF") || type.equals("L2VSI")) && !name.equals("default");
        if (!ok) {
            leaves.invalid(path + "/config", "network-instance " + name + " of type " + type
                    + " is not supported: EOS has the default instance (DEFAULT_INSTANCE, named default) and L3VRF or L2VSI instances named otherwise");
        }
    }

    /** arista-lldp-deviations: LLDP per interface is a boolean, or TRANSMIT or RECEIVE only. */
    private static void checkLldp(XmlNode itf, LeafChecks leaves) {
        String name = itf.childText("name").orElse("");
        itf.path("config").ifPresent(c -> leaves.oneOf(c, "enabled", Set.of("true", "false", "TRANSMIT", "RECEIVE"),
                "/lldp/interfaces/interface[name='" + name + "']/config"));
    }

    private void checkInstance(XmlNode ni, LeafChecks leaves) {
        String niName = ni.childText("name").orElse("");
        String niPath = "/network-instances/network-instance[name='" + niName + "']";
        ni.path("config").ifPresent(c -> {
            if (c.child("type").isEmpty()) {
                leaves.missing(niPath + "/config/type", "type", "network-instance " + niName + " has no config/type, which is mandatory");
            } else if (arista) {
                checkAristaInstance(niName, c.child("type").get().localValue(), niPath, leaves);
            }
        });
        ni.path("vlans").ifPresent(vlans -> vlans.children("vlan").forEach(vlan -> {
            String id = vlan.childText("vlan-id").orElse("");
            String path = niPath + "/vlans/vlan[vlan-id='" + id + "']";
            leaves.vlanId(id, path + "/vlan-id", false);
            vlan.path("config").ifPresent(c -> {
                c.childText("vlan-id").filter(v -> !v.equals(id))
                        .ifPresent(v -> leaves.invalid(path + "/config/vlan-id", "config/vlan-id " + v + " differs from the key " + id));
                leaves.oneOf(c, "status", Set.of("ACTIVE", "SUSPENDED"), path + "/config");
                leaves.length(c, "name", 1, 32, path + "/config");
            });
        }));
    }
}
