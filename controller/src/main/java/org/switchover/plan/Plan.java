package org.switchover.plan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.switchover.verify.Finding;

/**
 * A whole run as data, computed before anything changes: the replacements in the order they run
 * (by the priority of the services each carries), grouped into batches whose members are
 * independent and may run in parallel, and what blocks the run.
 */
public record Plan(List<ReplacementPlan> replacements, List<List<String>> batches, List<Finding> blockers) {

    public Plan {
        replacements = ImmutableList.copyOf(replacements);
        batches = batches.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
        blockers = ImmutableList.copyOf(blockers);
    }

    public boolean blocked() {
        return blockers.stream().anyMatch(Finding::isError) || replacements.stream().anyMatch(ReplacementPlan::blocked);
    }

    /** Every error that blocks the run, of the whole plan and of each replacement. */
    public List<Finding> allBlockers() {
        ImmutableList.Builder<Finding> all = ImmutableList.<Finding>builder().addAll(blockers);
        replacements.forEach(r -> all.addAll(r.blockers()));
        return all.build();
    }

    public Optional<ReplacementPlan> replacement(String device) {
        return replacements.stream().filter(r -> r.device().equals(device)).findFirst();
    }

    public List<Step> steps() {
        return replacements.stream().flatMap(r -> r.steps().stream()).toList();
    }
}
