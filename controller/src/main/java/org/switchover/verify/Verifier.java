package org.switchover.verify;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.switchover.inventory.Site;

/**
 * The one set of checks, used by waves, {@code verify} and audits: compares intent with what
 * devices report, within a scope: ports enabled as intended, links up, LLDP neighbours as cabled,
 * VLAN membership, service reachability. Pure: the result is the findings, never an exception;
 * one finding per device and path (the first check to see a problem there reports it).
 */
public final class Verifier {

    private Verifier() {}

    public static List<Finding> verify(Site site, ObservedState observed, CheckScope scope) {
        ImmutableList.Builder<Finding> all = ImmutableList.builder();
        // the devices whose ports are checked must answer; a cable's far end may be absent
        for (String device : scope.ports().keySet()) {
            if (!observed.answered(device)) {
                all.add(Finding.error(Finding.Kind.DEVICE_UNREACHABLE, device, StatePaths.DEVICE, "answers",
                        observed.failure(device).orElse("no answer"),
                        observed.failure(device).map(why -> "could not read " + device + ": " + why)
                                .orElse(device + " did not answer; check its management address and power")));
            }
        }
        all.addAll(LinkCheck.check(observed, scope.links()));
        all.addAll(PortCheck.check(site, observed, scope.ports(), scope.pendingPorts()));
        all.addAll(LldpCheck.check(observed, scope.links()));
        all.addAll(LldpCheck.uncabled(site, observed, scope.ports()));
        all.addAll(VlanCheck.check(site, observed, scope.ports()));
        all.addAll(ReachabilityCheck.check(site, observed, scope.services(), scope.absentDevices(), scope.pendingPorts()));
        Set<String> seen = new HashSet<>();
        return all.build().stream().filter(f -> seen.add(f.device() + "|" + f.path())).toList();
    }

    public static boolean passed(List<Finding> findings) {
        return findings.stream().noneMatch(Finding::isError);
    }
}
