package org.switchover.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.verify.CablingCheck;
import org.switchover.verify.DeviceObservation;
import org.switchover.verify.Finding;
import org.switchover.verify.ObservedState;

/**
 * Reads what the pre-flight cabling check needs, before any change: the new switch's ports and
 * LLDP neighbours, and the state of the switches cabled to it; then runs {@link CablingCheck}.
 * Used by {@code plan} and by the replacement's pre-check, so both block on the same ports.
 */
public final class CablingPreflight {

    private CablingPreflight() {}

    /**
     * @param newSwitch a session to the new switch
     * @param observe reads the named devices of the site
     * @param absent devices not expected to answer
     */
    public static List<Finding> check(Site site, String device, PlatformDriver newSwitch, DeviceFacts facts,
            Function<Set<String>, ObservedState> observe, Set<String> absent) {
        PortsAndNeighbors seen = newSwitch.portsAndNeighbors();
        DeviceObservation observation = new DeviceObservation(device, facts, seen.interfaces(), List.of(), seen.lldpNeighbors());
        Set<String> neighbours = new LinkedHashSet<>();
        for (Link l : site.linksOf(device)) {
            String far = l.farEnd(device).device();
            if (!absent.contains(far)) neighbours.add(far);
        }
        ObservedState around = neighbours.isEmpty() ? ObservedState.of(List.of()) : observe.apply(neighbours);
        return CablingCheck.preflight(site, device, observation, around, absent);
    }

    /** The pre-check's call: the run's pool and observer. */
    static List<Finding> check(RunContext ctx, org.switchover.plan.ReplacementPlan plan, DeviceFacts facts) {
        return check(ctx.site(), plan.device(), ctx.pool().driver(plan.device()), facts, ctx.observer()::observe, plan.absentDevices());
    }
}
