package org.switchover.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlWriter;

/**
 * The parts of a lab IOS-XE switch's running configuration that switchover does not own, each as
 * the switch writes it: everything but the hostname, {@code lldp}, the interface entries of its
 * hardware ports and the VLANs the site models. Tests compare it before and after a change to
 * prove the change stayed inside its areas.
 */
public final class UnmanagedConfig {

    private UnmanagedConfig() {}

    public static List<String> of(SimulatedSwitch sw, Set<Integer> siteVlans) {
        List<String> out = new ArrayList<>();
        for (XmlNode top : sw.store().running().children()) {
            if (!top.name().equals("native")) {
                out.add(XmlWriter.write(top));
                continue;
            }
            for (XmlNode c : top.children()) {
                switch (c.name()) {
                    case "hostname", "lldp" -> { }
                    case "interface" -> c.children().stream()
                            .filter(i -> !sw.model().hasPort(i.name() + i.childText("name").orElse("")))
                            .forEach(i -> out.add(XmlWriter.write(i)));
                    case "vlan" -> c.children().stream()
                            .filter(v -> !siteVlans.contains(Integer.parseInt(v.childText("id").orElse("0"))))
                            .forEach(v -> out.add(XmlWriter.write(v)));
                    default -> out.add(XmlWriter.write(c));
                }
            }
        }
        return out;
    }
}
