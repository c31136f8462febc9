package org.switchover.workflow;

import org.switchover.workflow.access.DriverPool;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;

/** What every step of one run shares: the site, the sessions, the journal, the settings, the clock. */
record RunContext(
        Site site,
        long runId,
        Journal journal,
        StepJournal steps,
        DriverPool pool,
        Observer observer,
        GoldenConfigs golden,
        RunSettings settings,
        ServiceTimeline timeline,
        OldSwitchWatch watch,
        Poll poll,
        Clock clock,
        Set<String> done,
        List<String> notes,
        ConfirmedChanges changes) {

    /**
     * A fresh persist-id for a commit made by {@code stepId}: the step's id in this run, with an
     * attempt number when the step ran before (a resume that had to cancel and run it again).
     */
    String newPersistId(String stepId) {
        long earlier = journal.commits(runId).stream().filter(c -> c.label().equals(stepId))
                .map(org.switchover.journal.PendingCommit::persistId).distinct().count();
        return PersistIds.of(runId, stepId) + (earlier == 0 ? "" : "-" + (earlier + 1));
    }

    /** The persist-id of the latest commit {@code stepId} made. */
    String persistId(String stepId) {
        return journal.commits(runId).stream().filter(c -> c.label().equals(stepId))
                .reduce((a, b) -> b).map(org.switchover.journal.PendingCommit::persistId)
                .orElse(PersistIds.of(runId, stepId));
    }

    void note(String message) {
        synchronized (notes) {
            notes.add(message);
        }
    }
}
