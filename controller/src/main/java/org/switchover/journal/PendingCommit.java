package org.switchover.journal;

import java.time.Duration;
import java.time.Instant;

/**
 * A confirmed commit made on a device with a persist-id: what {@code resume} confirms or
 * cancels after the controller died. {@code label} says what it carried (staged push, wave 2).
 */
public record PendingCommit(
        long runId,
        String device,
        String persistId,
        String label,
        Duration timeout,
        State state,
        Instant created,
        Instant updated) {

    /** Where the commit stands. */
    public enum State { PENDING, CONFIRMED, CANCELLED }
}
