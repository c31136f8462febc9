package org.switchover.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.DeviceFacts;
import org.switchover.inventory.Site;

/**
 * What the planner needs: the site, the replacements asked for, what the new hardware reported
 * (facts, and its current config against golden, keyed by the name of the switch it replaces,
 * where read), the devices known to be down that are not being replaced, how many
 * replacements may run at once, and whether a reported model that differs from the site's is
 * accepted ({@code --accept-model}).
 */
public record PlanInput(
        Site site,
        List<Replacement> replacements,
        Map<String, DeviceFacts> newHardware,
        Map<String, ConfigDiff> currentVsGolden,
        Set<String> unavailable,
        int parallel,
        boolean acceptModel) {

    public PlanInput {
        replacements = ImmutableList.copyOf(replacements);
        newHardware = ImmutableMap.copyOf(newHardware);
        currentVsGolden = ImmutableMap.copyOf(currentVsGolden);
        unavailable = ImmutableSet.copyOf(unavailable);
        checkArgument(parallel >= 1, "--parallel must be at least 1, got %s", parallel);
    }

    public static PlanInput of(Site site, List<Replacement> replacements) {
        return new PlanInput(site, replacements, Map.of(), Map.of(), Set.of(), 1, false);
    }

    public PlanInput withNewHardware(Map<String, DeviceFacts> facts) {
        return new PlanInput(site, replacements, facts, currentVsGolden, unavailable, parallel, acceptModel);
    }

    public PlanInput withDiffs(Map<String, ConfigDiff> diffs) {
        return new PlanInput(site, replacements, newHardware, diffs, unavailable, parallel, acceptModel);
    }

    public PlanInput withUnavailable(Set<String> devices) {
        return new PlanInput(site, replacements, newHardware, currentVsGolden, devices, parallel, acceptModel);
    }

    public PlanInput withAcceptModel(boolean accept) {
        return new PlanInput(site, replacements, newHardware, currentVsGolden, unavailable, parallel, accept);
    }

    public PlanInput withParallel(int n) {
        return new PlanInput(site, replacements, newHardware, currentVsGolden, unavailable, n, acceptModel);
    }
}
