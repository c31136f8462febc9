package org.switchover.workflow;

import java.time.Clock;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;

/**
 * Journals each step before it acts and after, and reports it as progress. The journal's detail
 * starts with the plan step id, which is how a resume knows which steps are done.
 */
final class StepJournal {

    private final Journal journal;
    private final long runId;
    private final Progress progress;
    private final Clock clock;
    // the step each thread has open, so a failure that escapes a step still closes it in the journal
    private final ThreadLocal<Open> current = new ThreadLocal<>();

    StepJournal(Journal journal, long runId, Progress progress, Clock clock) {
        this.journal = journal;
        this.runId = runId;
        this.progress = progress;
        this.clock = clock;
    }

    /** An open step; finish it exactly once. */
    final class Open {
        private final long id;
        private final String device;
        private final String stepId;

        private Open(long id, String device, String stepId) {
            this.id = id;
            this.device = device;
            this.stepId = stepId;
        }

        void finish(Outcome outcome, String message) {
            if (current.get() == this) current.remove();
            journal.finishStep(id, outcome, message);
            progress.report(new Progress.Event(clock.instant(), device, stepId, status(outcome), message));
        }

        void ok(String message) {
            finish(Outcome.OK, message);
        }
    }

    Open begin(String device, String action, String stepId, String detail) {
        long id = journal.beginStep(runId, device, action, stepId + ": " + detail);
        progress.report(new Progress.Event(clock.instant(), device, stepId, Progress.Status.STARTED, detail));
        Open open = new Open(id, device, stepId);
        current.set(open);
        return open;
    }

    /** Closes as FAILED the step this thread left open when a failure escaped it. */
    void failOpen(String reason) {
        Open open = current.get();
        if (open != null) open.finish(Outcome.FAILED, reason);
    }

    void info(String device, String stepId, Progress.Status status, String message) {
        progress.report(new Progress.Event(clock.instant(), device, stepId, status, message));
    }

    /** The plan step id a journaled step's detail names. */
    static String stepIdOf(String detail) {
        int colon = detail.indexOf(": ");
        return colon < 0 ? detail : detail.substring(0, colon);
    }

    private static Progress.Status status(Outcome o) {
        return switch (o) {
            case OK -> Progress.Status.OK;
            case SKIPPED -> Progress.Status.SKIPPED;
            case FINDINGS, FAILED -> Progress.Status.FAILED;
            case ROLLED_BACK -> Progress.Status.ROLLED_BACK;
        };
    }
}
