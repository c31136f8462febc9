package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;

/**
 * The pre-flight cabling check of a replacement, before anything is pushed: does each cabled port
 * of the new switch reach, over a live link and LLDP, the far end the site names? A port that hears
 * the wrong neighbour, or hears nothing while both it and the far port are administratively up (the
 * cable was not moved), is an error naming the port. A port whose far end is shut or does not
 * answer cannot be judged yet: a warning, and its wave checks it.
 */
public final class CablingCheck {

    private CablingCheck() {}

    /**
     * @param device the inventory name the new switch takes
     * @param newSwitch what the new switch reports (its ports and LLDP neighbours), under {@code device}
     * @param neighbours what the switches cabled to it report
     * @param absent devices not expected to answer (replaced later in the run, or down for good)
     */
    public static List<Finding> preflight(Site site, String device, DeviceObservation newSwitch, ObservedState neighbours, Set<String> absent) {
        List<Finding> findings = new ArrayList<>();
        for (Link link : site.linksOf(device)) {
            Link.Endpoint near = link.nearEnd(device);
            Link.Endpoint far = link.farEnd(device);
            String path = StatePaths.lldpNeighbor(near.port());
            // a far end replaced later in the run has other hardware standing in for it, under another name;
            // its own replacement checks this cable
            if (absent.contains(far.device())) continue;
            Optional<LldpNeighbor> heard = newSwitch.neighborOn(near.port());
            if (heard.isPresent()) {
                if (!LldpNames.sameEnd(far, heard.get())) {
                    findings.add(Finding.error(Finding.Kind.LLDP_MISMATCH, device, path, far.toString(), LldpNames.heardAs(heard.get()),
                            "cabling: the new switch's " + near.port() + " hears " + LldpNames.heardAs(heard.get()) + " but should face "
                                    + far + "; move the cable to " + near.port() + " before replacing " + device));
                }
                continue;
            }
            Optional<InterfaceState> farPort = neighbours.device(far.device()).flatMap(o -> o.port(far.port()));
            Optional<InterfaceState> nearPort = newSwitch.port(near.port());
            String unjudged = null;
            if (farPort.isEmpty()) unjudged = far.device() + " did not answer or has no port " + far.port();
            else if (!farPort.get().adminUp()) unjudged = far + " is shut";
            else if (nearPort.isPresent() && !nearPort.get().adminUp()) unjudged = "the new switch's " + near.port() + " is shut";
            if (unjudged != null) {
                findings.add(Finding.warning(Finding.Kind.LLDP_MISSING, device, path, far.toString(), null,
                        "cabling of " + near.port() + " cannot be checked before its wave: " + unjudged));
                continue;
            }
            String farHears = neighbours.device(far.device()).flatMap(o -> o.neighborOn(far.port()))
                    .map(n -> "; " + far + " hears " + LldpNames.heardAs(n)).orElse("");
            findings.add(Finding.error(Finding.Kind.LLDP_MISSING, device, path, far.toString(), null,
                    "cabling: the new switch's " + near.port() + " should face " + far + " but has no link and hears no LLDP neighbour"
                            + farHears + "; move " + device + "'s cable from " + far + " to " + near.port()
                            + " of the new switch before replacing"));
        }
        for (LldpNeighbor n : newSwitch.lldp()) {
            if (site.linkAt(device, n.localPort()).isPresent() || !LldpNames.isSiteDevice(site, n.remoteSystemName())) continue;
            findings.add(Finding.error(Finding.Kind.LLDP_MISMATCH, device, StatePaths.lldpNeighbor(n.localPort()), null, LldpNames.heardAs(n),
                    "cabling: the new switch's " + n.localPort() + " hears " + LldpNames.heardAs(n) + " but " + device
                            + " cables nothing there; move that cable to the port the site names"));
        }
        return List.copyOf(findings);
    }
}
