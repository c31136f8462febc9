package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
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
                if (port.isEmpty()) {
                    findings.add(Finding.error(Finding.Kind.PORT_MISSING, end.toString(),
                            end.device() + " reports no port " + end.port() + " (cabled to " + link.farEnd(end.device())
                                    + "); check the hardware model"));
                } else if (!port.get().adminUp()) {
                    findings.add(Finding.error(Finding.Kind.LINK_DOWN, end.toString(),
                            "link " + describe(link) + " is down: " + end + " is administratively down"));
                } else if (!port.get().operUp()) {
                    findings.add(Finding.error(Finding.Kind.LINK_DOWN, end.toString(),
                            "link " + describe(link) + " is down: " + end + " is admin up but oper "
                                    + port.get().operStatus().name().toLowerCase(java.util.Locale.ROOT)
                                    + "; check the cable and " + link.farEnd(end.device())));
                }
            }
        }
        return List.copyOf(findings);
    }

    static String describe(Link link) {
        return link.a() + " <-> " + link.b();
    }
}
