package org.switchover.workflow;

import java.time.Instant;

/** Where a run reports what it is doing, as it does it (a terminal, JSON lines, nothing). */
public interface Progress {

    /** How a step stands. */
    enum Status { STARTED, OK, WARNING, FAILED, ROLLED_BACK, SKIPPED, INFO }

    /** One line of progress: a device, a step id, a status and a message for people. */
    record Event(Instant at, String device, String step, Status status, String message) {}

    void report(Event event);

    static Progress silent() {
        return e -> { };
    }
}
