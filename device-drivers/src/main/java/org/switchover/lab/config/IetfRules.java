package org.switchover.lab.config;

import static org.switchover.lab.config.Schema.DOT1AB_LLDP;
import static org.switchover.lab.config.Schema.DOT1Q;
import static org.switchover.lab.config.Schema.IETF_INTERFACES;
import static org.switchover.lab.config.Schema.IETF_SYSTEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchover.lab.SwitchModel;
import org.switchover.netconf.RpcError;

/** {@link ConfigRules} of the ietf platform (ietf-interfaces, ieee802-dot1q-bridge, ietf-system). */
final class IetfRules implements ConfigRules {
    private static final Map<String, String> TOP = Map.of(
            "system", IETF_SYSTEM, "interfaces", IETF_INTERFACES, "bridges", DOT1Q, "lldp", DOT1AB_LLDP);

    private final SwitchModel model;

    IetfRules(SwitchModel model) {
        this.model = model;
    }

    @Override
    public List<RpcError> check(XmlNode config) {
        List<RpcError> errors = new ArrayList<>();
        LeafChecks leaves = new LeafChecks(errors);
        for (XmlNode top : config.children()) {
            if (!TopLevel.known(top, TOP, errors)) continue;
            switch (top.name()) {
                case "system" -> leaves.length(top, "hostname", 1, 253, "/system");
                case "interfaces" -> top.children("interface").forEach(i -> checkInterface(i, leaves));
                case "bridges" -> top.children("bridge").forEach(b -> checkBridge(b, leaves));
                default -> { }
            }
        }
        return errors;
    }

    private void checkInterface(XmlNode itf, LeafChecks leaves) {
        String name = itf.childText("name").orElse("");
        String path = "/interfaces/interface[name='" + name + "']";
        if (itf.child("type").isEmpty()) {
            leaves.missing(path + "/type", "type", "interface " + name + " has no type, which is mandatory");
        }
        String type = itf.child("type").map(XmlNode::localValue).orElse("ethernetCsmacd");
        if (type.equals("ethernetCsmacd") && !model.hasPort(name)) {
            leaves.invalid(path, "interface " + name + " does not exist on model " + model.name()
                    + " (ports " + model.ports().get(0) + ".." + model.ports().get(model.ports().size() - 1) + ")");
        }
        leaves.bool(itf, "enabled", path);
        itf.child(DOT1Q, "bridge-port").ifPresent(bp -> {
            bp.childText("pvid").ifPresent(v -> leaves.vlanId(v, path + "/bridge-port/pvid", false));
        });
    }

    private void checkBridge(XmlNode bridge, LeafChecks leaves) {
        String name = bridge.childText("name").orElse("");
        String path = "/bridges/bridge[name='" + name + "']";
        if (bridge.child("address").isEmpty()) leaves.missing(path + "/address", "address", "bridge " + name + " has no address, which is mandatory");
        if (bridge.child("bridge-type").isEmpty()) leaves.missing(path + "/bridge-type", "bridge-type", "bridge " + name + " has no bridge-type, which is mandatory");
        bridge.childText("address").filter(a -> !a.matches("[0-9a-fA-F]{2}(-[0-9a-fA-F]{2}){5}"))
                .ifPresent(a -> leaves.invalid(path + "/address", "address '" + a + "' is not a MAC address such as 00-11-22-33-44-55"));
        for (XmlNode comp : bridge.children("component")) {
            String cPath = path + "/component[name='" + comp.childText("name").orElse("") + "']";
            if (comp.child("type").isEmpty()) leaves.missing(cPath + "/type", "type", "component has no type, which is mandatory");
            comp.path("bridge-vlan").ifPresent(bv -> bv.children("vlan").forEach(v ->
                    leaves.vlanId(v.childText("vid").orElse(""), cPath + "/bridge-vlan/vlan/vid", false)));
            comp.path("filtering-database").ifPresent(fdb -> fdb.children("vlan-registration-entry").forEach(e -> {
                String vids = e.childText("vids").orElse("");
                String ePath = cPath + "/filtering-database/vlan-registration-entry[vids='" + vids + "']";
                leaves.vidRange(vids, ePath + "/vids");
                e.children("port-map").forEach(pm -> leaves.intRange(pm, "port-ref", 1, model.ports().size(), ePath + "/port-map"));
            }));
        }
    }
}
