package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchover.driver.InterfaceState;
import org.switchover.inventory.Link;

/** Are the cables that should carry traffic up at both ends? */
public final class LinkCheck {

    private LinkCheck() {}

    public static List<Finding> check(ObservedState observed, Iterable<Link> links) {
        List<Finding> findings = new ArrayList<>();
        for (Link link : links) {
            for (Link.Endpoint end : List.of(link.a(), link.b())) {
                Optional<DeviceObservation> device = observed.device(end.device());
                if (device.isEmpty()) continue; // reported once per device by the verifier
                Optional<InterfaceState> port = device.get().port(end.port());
                Link.Endpoint far = link.farEnd(end.device());
                if (port.isEmpty()) {
                    findings.add(Finding.error(Finding.Kind.PORT_MISSING, end.device(), StatePaths.port(end.port(), "oper-status"),
                            "up", null, end.device() + " reports no port " + end.port() + " (cabled to " + far
                                    + "); check the hardware model"));
                } else if (!port.get().adminUp()) {
                    findings.add(Finding.error(Finding.Kind.LINK_DOWN, end.device(), StatePaths.port(end.port(), "admin-status"),
                            "up", "down", "link " + describe(link) + " is down: " + end + " is administratively down"));
                } else if (!port.get().operUp()) {
                    String status = port.get().operStatus().name().toLowerCase(Locale.ROOT);
                    findings.add(Finding.error(Finding.Kind.LINK_DOWN, end.device(), StatePaths.port(end.port(), "oper-status"),
                            "up", status, "link " + describe(link) + " is down: " + end + " is admin up but oper " + status
                                    + "; check the cable and " + far));
                }
            }
        }
        return List.copyOf(findings);
    }

    static String describe(Link link) {
        return link.a() + " <-> " + link.b();
    }
}
