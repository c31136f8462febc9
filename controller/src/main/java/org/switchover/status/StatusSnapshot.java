package org.switchover.status;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.switchover.inventory.Site;
import org.switchover.journal.Event;
import org.switchover.journal.Run;
import org.switchover.journal.Step;

/**
 * What the status page is made of, as read from the journal at one moment: the run (absent while
 * waiting for it to start), its steps and events, the site it runs against and its planned steps,
 * each absent when it cannot be had.
 */
public record StatusSnapshot(Optional<Run> run, List<Step> steps, List<Event> events, Optional<Site> site,
        List<PlannedStep> plan) {

    public StatusSnapshot {
        steps = ImmutableList.copyOf(steps);
        events = ImmutableList.copyOf(events);
        plan = ImmutableList.copyOf(plan);
    }

    /** Nothing journaled yet: the run has not started. */
    public static StatusSnapshot waiting(Optional<Site> site) {
        return new StatusSnapshot(Optional.empty(), List.of(), List.of(), site, List.of());
    }
}
