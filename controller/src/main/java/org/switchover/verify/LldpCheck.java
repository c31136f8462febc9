package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;

/**
 * Does each end of a cable hear, over LLDP, the device and port the cabling plan says (by
 * {@link LldpNames}' rule)? And does a checked port that the site cables nothing to hear a switch
 * of the site (a cable moved there)?
 */
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
                String path = StatePaths.lldpNeighbor(end.port());
                if (heard.isEmpty()) {
                    boolean up = device.get().port(end.port()).map(InterfaceState::operUp).orElse(false);
                    // a down port hears nobody; the link check already says so
                    if (up) {
                        findings.add(Finding.error(Finding.Kind.LLDP_MISSING, end.device(), path, expected.toString(), null,
                                end + " is up but hears no LLDP neighbour; expected " + expected));
                    }
                    continue;
                }
                LldpNeighbor n = heard.get();
                if (!LldpNames.sameEnd(expected, n)) {
                    findings.add(Finding.error(Finding.Kind.LLDP_MISMATCH, end.device(), path, expected.toString(), LldpNames.heardAs(n),
                            "mis-cabled: " + end + " should face " + expected + " but hears " + LldpNames.heardAs(n)
                                    + "; move the cable at " + end + " to " + expected + " or fix the site file"));
                }
            }
        }
        return List.copyOf(findings);
    }

    /** Ports among {@code ports} (device to port names) the site cables nothing to that hear a switch of the site. */
    public static List<Finding> uncabled(Site site, ObservedState observed, Map<String, Set<String>> ports) {
        List<Finding> findings = new ArrayList<>();
        ports.forEach((name, checked) -> observed.device(name).ifPresent(device -> {
            for (LldpNeighbor n : device.lldp()) {
                if (!checked.contains(n.localPort()) || site.linkAt(name, n.localPort()).isPresent()) continue;
                if (!LldpNames.isSiteDevice(site, n.remoteSystemName())) continue;
                findings.add(Finding.error(Finding.Kind.LLDP_MISMATCH, name, StatePaths.lldpNeighbor(n.localPort()), null,
                        LldpNames.heardAs(n), "port " + n.localPort() + " hears " + LldpNames.heardAs(n)
                                + " but the site cables nothing there; move the cable back or add the link to the site file"));
            }
        }));
        return List.copyOf(findings);
    }
}
