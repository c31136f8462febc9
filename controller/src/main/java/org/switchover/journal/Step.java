package org.switchover.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * One step of a run on one device, journaled before it acts ({@code started}) and after
 * ({@code finished}, {@code outcome}, {@code message}). A step with no outcome was interrupted
 * or is still acting; {@code resume} re-reads the device to learn which.
 */
public record Step(
        long id,
        long runId,
        String device,
        String action,
        String detail,
        Instant started,
        Optional<Instant> finished,
        Optional<Outcome> outcome,
        String message) {

    /** How the message of a step the controller died in begins, once a resume closed it. */
    public static final String INTERRUPTED = "interrupted: the controller stopped before this step ended; ";

    /** True for a step the controller died in (closed by a resume), as opposed to one that ended by itself. */
    public boolean interrupted() {
        return outcome.isPresent() && message != null && message.startsWith(INTERRUPTED);
    }
}
