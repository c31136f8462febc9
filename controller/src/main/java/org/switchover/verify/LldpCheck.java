package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.inventory.Link;

/** Does each end of a cable hear, over LLDP, the device and port the cabling plan says? */
public final class LldpCheck {

    private LldpCheck() {}

    public static List<Finding> check(ObservedState observed, Iterable<Link> links) {
        List<Finding> findings = new ArrayList<>();
        for (Link link : links) {
            for (Link.Endpoint end : List.of(link.a(), link.b())) {
                Optional<DeviceObservation> device = observed.device(end.device());
                if (device.isEmpty()) continue;
                Link.Endpoint expected = link.farEnd(end.device());
                Optional<LldpNeighbor> heard = device.get().neighborOn(end.port());
                if (heard.isEmpty()) {
                    boolean up = device.get().port(end.port()).map(InterfaceState::operUp).orElse(false);
                    // a down port hears nobody; the link check already says so
                    if (up) {
                        findings.add(Finding.error(Finding.Kind.LLDP_MISSING, end.toString(),
                                end + " is up but hears no LLDP neighbour; expected " + expected));
                    }
                    continue;
                }
                LldpNeighbor n = heard.get();
                if (!n.remoteSystemName().equals(expected.device()) || !n.remotePortId().equals(expected.port())) {
                    findings.add(Finding.error(Finding.Kind.LLDP_MISMATCH, end.toString(),
                            "mis-cabled: " + end + " should face " + expected + " but hears "
                                    + n.remoteSystemName() + ":" + n.remotePortId()
                                    + "; move the cable at " + end + " to " + expected + " or fix the site file"));
                }
            }
        }
        return List.copyOf(findings);
    }
}
