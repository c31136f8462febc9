package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchover.driver.InterfaceState;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;

/**
 * Does every checked port the site enables exist and stand administratively up? Whether it is
 * operationally up is the link check's business: an enabled port without a cable (a desk, a
 * camera) may well be down.
 */
public final class PortCheck {

    private PortCheck() {}

    /** {@code ports}: device to the port names to check; {@code pending}: ports a later wave enables. */
    public static List<Finding> check(Site site, ObservedState observed, Map<String, Set<String>> ports, Set<Link.Endpoint> pending) {
        List<Finding> findings = new ArrayList<>();
        ports.forEach((name, names) -> {
            Optional<DeviceObservation> device = observed.device(name);
            Device intent = site.devices().get(name);
            if (device.isEmpty() || intent == null) return;
            for (String portName : names) {
                Port port = intent.ports().get(portName);
                if (port == null || !port.enabled() || pending.contains(new Link.Endpoint(name, portName))) continue;
                Optional<InterfaceState> state = device.get().port(portName);
                if (state.isEmpty()) {
                    findings.add(Finding.error(Finding.Kind.PORT_MISSING, name, StatePaths.port(portName, "oper-status"), "up", null,
                            "port " + portName + " is enabled in the site but " + name + " does not report it"));
                } else if (!state.get().adminUp()) {
                    findings.add(Finding.error(Finding.Kind.PORT_ADMIN_STATE, name, StatePaths.port(portName, "admin-status"), "up", "down",
                            "port " + portName + " is administratively down; the site enables it"));
                }
            }
        });
        return List.copyOf(findings);
    }
}
