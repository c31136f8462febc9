package org.switchover.verify;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.switchover.inventory.Site;

/**
 * Compares intent with what devices report, within a scope: links up, LLDP neighbours as cabled,
 * VLAN membership, service reachability. Pure: the result is the findings, never an exception.
 */
public final class Verifier {

    private Verifier() {}

    public static List<Finding> verify(Site site, ObservedState observed, CheckScope scope) {
        ImmutableList.Builder<Finding> findings = ImmutableList.builder();
        // the devices whose ports are checked must answer; a cable's far end may be absent
        for (String device : scope.ports().keySet()) {
            if (!observed.answered(device)) {
                findings.add(Finding.error(Finding.Kind.DEVICE_UNREACHABLE, "devices/" + device,
                        observed.failure(device).map(why -> "could not read " + device + ": " + why)
                                .orElse(device + " did not answer; check its management address and power")));
            }
        }
        findings.addAll(LinkCheck.check(observed, scope.links()));
        findings.addAll(LldpCheck.check(observed, scope.links()));
        findings.addAll(VlanCheck.check(site, observed, scope.ports()));
        findings.addAll(ReachabilityCheck.check(site, observed, scope.services(), scope.absentDevices(), scope.pendingPorts()));
        return findings.build();
    }

    public static boolean passed(List<Finding> findings) {
        return findings.stream().noneMatch(Finding::isError);
    }
}
