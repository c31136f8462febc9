package org.switchover.lab.config;

import static org.switchover.lab.config.Schema.XE_LLDP;
import static org.switchover.lab.config.Schema.XE_NATIVE;
import static org.switchover.lab.config.Schema.XE_SWITCH;
import static org.switchover.lab.config.Schema.XE_VLAN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.lab.SwitchModel;
import org.switchover.netconf.RpcError;

/**
 * {@link ConfigRules} of the iosxe platform, on the Cisco-IOS-XE-native leaves switchover uses:
 * hostname, interfaces by type and number (description 0..200, mtu 64..18000, switchport access
 * VLAN and trunk allowed VLANs), the VLAN table (id 1..4094, name 1..32 with VTP 1/2, unique, VLAN 1
 * named default) and LLDP. An interface the hardware lacks (the management port
 * {@value IosxeManagement#PORT}, which every Catalyst 9000 has, aside) is refused as IOS-XE refuses a CLI line
 * its parser rejects: operation-failed, "inconsistent value: Device refused one or more commands",
 * with the command in error-info.
 */
final class IosxeRules implements ConfigRules {
    /** Interface lists of Cisco-IOS-XE-native that name hardware ports; others (Vlan, Loopback, ...) are logical. */
    static final Set<String> PHYSICAL = Set.of("Ethernet", "FastEthernet", "GigabitEthernet", "TwoGigabitEthernet",
            "FiveGigabitEthernet", "TenGigabitEthernet", "TwentyFiveGigE", "FortyGigabitEthernet", "FiftyGigabitEthernet",
            "HundredGigE", "TwoHundredGigE", "FourHundredGigE", "AppGigabitEthernet");
    private static final Set<String> LOGICAL = Set.of("Vlan", "Loopback", "Port-channel", "Tunnel", "BDI");
    private static final Set<String> ALLOWED_VLAN_CASES = Set.of("vlans", "none", "all");

    private final SwitchModel model;

    IosxeRules(SwitchModel model) {
        this.model = model;
    }

    @Override
    public List<RpcError> check(XmlNode config) {
        List<RpcError> errors = new ArrayList<>();
        LeafChecks leaves = new LeafChecks(errors);
        for (XmlNode top : config.children()) {
            if (!TopLevel.known(top, Map.of("native", XE_NATIVE), errors)) continue;
            top.child(XE_NATIVE, "hostname").ifPresent(h -> leaves.length(top, "hostname", 1, 63, "/native"));
            top.child(XE_NATIVE, "interface").ifPresent(i -> i.children().forEach(itf -> checkInterface(itf, leaves, errors)));
            top.child(XE_NATIVE, "vlan").ifPresent(v -> checkVlans(v, leaves));
        }
        return errors;
    }

    private void checkInterface(XmlNode itf, LeafChecks leaves, List<RpcError> errors) {
        String type = itf.name();
        String number = itf.childText("name").orElse("");
        String path = "/native/interface/" + type + "[name='" + number + "']";
        if (!PHYSICAL.contains(type) && !LOGICAL.contains(type)) {
            errors.add(RpcFailure.error("application", "unknown-element", "/native/interface/" + type,
                    "this switch does not implement interface type " + type, Map.of("bad-element", type)));
            return;
        }
        if (number.isEmpty()) {
            leaves.missing(path + "/name", "name", "interface " + type + " has no name, its key");
            return;
        }
        if (PHYSICAL.contains(type) && !model.hasPort(type + number) && !IosxeManagement.PORT.equals(type + number)) {
            Map<String, String> info = new HashMap<>();
            info.put("severity", "error_cli");
            info.put("bad-command", "interface " + type + number);
            info.put("parser-response", "% Invalid input detected at '^' marker. (" + model.name() + " has "
                    + model.ports().get(0) + ".." + model.ports().get(model.ports().size() - 1) + ")");
            errors.add(new RpcError("application", "operation-failed", "error", "", path,
                    "inconsistent value: Device refused one or more commands", info));
            return;
        }
        leaves.length(itf, "description", 0, 200, path);
        leaves.intRange(itf, "mtu", 64, 18000, path);
        itf.path("shutdown").filter(XmlNode::hasText)
                .ifPresent(s -> leaves.invalid(path + "/shutdown", "shutdown is an empty leaf; it takes no value"));
        itf.path("switchport-config", "switchport").ifPresent(sp -> {
            String spPath = path + "/switchport-config/switchport";
            sp.child(XE_SWITCH, "access").flatMap(a -> a.path("vlan", "vlan"))
                    .ifPresent(v -> leaves.vlanId(v.text(), spPath + "/access/vlan/vlan", false));
            sp.child(XE_SWITCH, "trunk").flatMap(t -> t.path("allowed", "vlan-v2", "vlan-choices"))
                    .ifPresent(c -> checkAllowedVlans(c, spPath + "/trunk/allowed/vlan-v2/vlan-choices", leaves));
            sp.child(XE_SWITCH, "mode").ifPresent(m -> {
                if (m.children().size() != 1) leaves.invalid(spPath + "/mode", "switchport mode takes exactly one of access, trunk, ...");
            });
        });
        itf.child(XE_LLDP, "lldp").ifPresent(l -> {
            leaves.bool(l, "transmit", path + "/lldp");
            leaves.bool(l, "receive", path + "/lldp");
        });
    }

    /** The allowed VLANs of a trunk: one case of the choice, a list ("vlans"), "none" (an empty leaf) or "all". */
    private static void checkAllowedVlans(XmlNode choices, String path, LeafChecks leaves) {
        List<String> cases = choices.children().stream().map(XmlNode::name).filter(ALLOWED_VLAN_CASES::contains).distinct().toList();
        if (cases.size() > 1) leaves.invalid(path, "allowed vlan takes one of vlans, none, all; got " + String.join(", ", cases));
        choices.child("vlans").ifPresent(v -> leaves.vidRange(v.text(), path + "/vlans"));
        choices.child("none").filter(XmlNode::hasText).ifPresent(n -> leaves.invalid(path + "/none", "none is an empty leaf; it takes no value"));
        leaves.bool(choices, "all", path);
    }

    private void checkVlans(XmlNode vlan, LeafChecks leaves) {
        Map<String, String> names = new HashMap<>();
        for (XmlNode entry : vlan.children("vlan-list")) {
            if (!XE_VLAN.equals(entry.namespace())) continue;
            String id = entry.childText("id").orElse("");
            String path = "/native/vlan/vlan-list[id='" + id + "']";
            leaves.vlanId(id, path + "/id", false);
            entry.childText("name").ifPresent(name -> {
                leaves.length(entry, "name", 1, 32, path);
                if (id.equals("1") && !name.equals("default")) leaves.invalid(path + "/name", "default VLAN 1 may not have its name changed");
                String other = names.putIfAbsent(name, id);
                if (other != null) leaves.invalid(path + "/name", "VLAN name '" + name + "' is already used by VLAN " + other);
            });
        }
    }
}
