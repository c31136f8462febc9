package org.switchover.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.switchover.driver.ConfigPayload;

/**
 * A confirmed commit made on a device with a persist-id: what {@code resume} confirms or
 * cancels after the controller died. {@code label} says what it carried (staged push, wave 2).
 * {@code mode} says who rolls it back when nobody confirms: the device itself ({@link Mode#NATIVE}),
 * or only switchover ({@link Mode#EMULATED}, a device without :confirmed-commit), from
 * {@code savedRunning}, the copy of running taken before the change.
 */
public record PendingCommit(
        long runId,
        String device,
        String persistId,
        String label,
        Duration timeout,
        State state,
        Instant created,
        Instant updated,
        Mode mode,
        Optional<ConfigPayload> savedRunning) {

    /** Where the commit stands. */
    public enum State { PENDING, CONFIRMED, CANCELLED }

    /** Who holds the rollback. */
    public enum Mode { NATIVE, EMULATED }

    public PendingCommit(long runId, String device, String persistId, String label, Duration timeout, State state,
            Instant created, Instant updated) {
        this(runId, device, persistId, label, timeout, state, created, updated, Mode.NATIVE, Optional.empty());
    }

    /** When the device (or switchover, when emulated) rolls the commit back unless it is confirmed. */
    public Instant deadline() {
        return created.plus(timeout);
    }
}
