package org.switchover.lab.config;

import static org.switchover.lab.config.Schema.JUNOS_INTERFACES;
import static org.switchover.lab.config.Schema.JUNOS_PROTOCOLS;
import static org.switchover.lab.config.Schema.JUNOS_ROOT;
import static org.switchover.lab.config.Schema.JUNOS_SYSTEM;
import static org.switchover.lab.config.Schema.JUNOS_VLANS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.lab.SwitchModel;
import org.switchover.netconf.RpcError;

/**
 * {@link ConfigRules} of the junos platform, with Junos's error shape: error-path is the CLI edit
 * path ({@code [edit interfaces ge-0/0/1 unit 0 family ethernet-switching]}) and error-info's
 * {@code bad-element} the offending statement. Checks the areas switchover renders: the
 * configuration root and its system, interfaces, vlans and protocols; interface names the hardware
 * has; interface-mode; VLAN members that name a configured VLAN (or an id); VLAN ids; MTU range.
 */
final class JunosRules implements ConfigRules {
    private static final Map<String, String> AREAS = Map.of(
            "system", JUNOS_SYSTEM, "interfaces", JUNOS_INTERFACES, "vlans", JUNOS_VLANS, "protocols", JUNOS_PROTOCOLS);
    private static final String PORT = "(fe|ge|mge|xe|et)-\\d+/\\d+/\\d+(:\\d+)?";

    private final SwitchModel model;

    JunosRules(SwitchModel model) {
        this.model = model;
    }

    @Override
    public List<RpcError> check(XmlNode config) {
        List<RpcError> errors = new ArrayList<>();
        for (XmlNode top : config.children()) {
            if (!top.is(JUNOS_ROOT, "configuration")) {
                errors.add(error("[edit]", top.name(), "syntax error: " + top.name() + " in namespace '" + top.namespace()
                        + "' is not part of the Junos configuration (expected <configuration xmlns=\"" + JUNOS_ROOT + "\">)"));
                continue;
            }
            for (XmlNode area : top.children()) {
                String ns = AREAS.get(area.name());
                if (ns == null || !ns.equals(area.namespace())) {
                    errors.add(error("[edit]", area.name(), "syntax error: this switch does not implement " + area.name()
                            + " in namespace '" + area.namespace() + "'"));
                }
            }
            Set<String> vlanNames = new HashSet<>();
            top.child(JUNOS_VLANS, "vlans").ifPresent(v -> v.children("vlan").forEach(vlan -> {
                String name = vlan.childText("name").orElse("");
                vlanNames.add(name);
                vlan.childText("vlan-id").ifPresent(id -> {
                    if (!isVlanId(id)) errors.add(error("[edit vlans " + name + "]", "vlan-id", "vlan-id " + id + " is outside 1..4094"));
                });
            }));
            top.child(JUNOS_INTERFACES, "interfaces").ifPresent(i -> i.children("interface").forEach(itf -> checkInterface(itf, vlanNames, errors)));
        }
        return errors;
    }

    private void checkInterface(XmlNode itf, Set<String> vlanNames, List<RpcError> errors) {
        String name = itf.childText("name").orElse("");
        String path = "[edit interfaces " + name + "]";
        if (name.matches(PORT) && !model.hasPort(name)) {
            errors.add(error("[edit interfaces]", name, "interface " + name + " does not exist on this " + model.name()
                    + " (ports " + model.ports().get(0) + " .. " + model.ports().get(model.ports().size() - 1) + ")"));
        }
        itf.childText("mtu").ifPresent(mtu -> {
            try {
                int m = Integer.parseInt(mtu);
                if (m < 256 || m > 9216) errors.add(error(path, "mtu", "mtu " + mtu + " is outside 256..9216"));
            } catch (NumberFormatException e) {
                errors.add(error(path, "mtu", "mtu '" + mtu + "' is not a number"));
            }
        });
        for (XmlNode unit : itf.children("unit")) {
            String unitPath = "edit interfaces " + name + " unit " + unit.childText("name").orElse("") + " family ethernet-switching";
            unit.path("family", "ethernet-switching").ifPresent(es -> {
                es.childText("interface-mode").filter(m -> !m.equals("access") && !m.equals("trunk"))
                        .ifPresent(m -> errors.add(error("[" + unitPath + "]", "interface-mode", "interface-mode '" + m + "' is not access or trunk")));
                es.path("vlan").ifPresent(v -> v.children("members").forEach(member -> {
                    String m = member.text().trim();
                    if (!vlanNames.contains(m) && !isVlanRange(m)) {
                        errors.add(error("[" + unitPath + " vlan]", "members " + m, "vlan " + m + " is not defined; add it under [edit vlans]"));
                    }
                }));
            });
        }
    }

    private static boolean isVlanRange(String m) {
        String[] ends = m.split("-", 2);
        return isVlanId(ends[0]) && (ends.length == 1 || isVlanId(ends[1]));
    }

    private static boolean isVlanId(String text) {
        try {
            int id = Integer.parseInt(text.trim());
            return id >= 1 && id <= 4094;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A Junos configuration error: the edit path and the offending statement, as Junos reports them. */
    static RpcError error(String editPath, String statement, String message) {
        return new RpcError("protocol", "operation-failed", "error", "", editPath, message, Map.of("bad-element", statement));
    }
}
