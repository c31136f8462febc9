package org.switchover.workflow;

import org.switchover.journal.Outcome;

/** What a step came to: go on to the next, or stop the replacement with an outcome and a reason. */
record StepResult(boolean proceed, Outcome outcome, String reason) {

    static StepResult next() {
        return new StepResult(true, Outcome.OK, "");
    }

    static StepResult stop(Outcome outcome, String reason) {
        return new StepResult(false, outcome, reason);
    }
}
