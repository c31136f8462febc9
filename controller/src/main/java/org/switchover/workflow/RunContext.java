package org.switchover.workflow;

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
        List<String> notes) {

    String persistId(String stepId) {
        return PersistIds.of(runId, stepId);
    }

    void note(String message) {
        synchronized (notes) {
            notes.add(message);
        }
    }
}
