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
        String message) {}
