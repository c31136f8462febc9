package org.switchover.journal;

import java.time.Instant;
import java.util.Optional;

/** One entry of a run's timeline; see {@link EventKind} for what each kind means and carries. */
public record Event(
        long id,
        long runId,
        Instant at,
        EventKind kind,
        Optional<String> device,
        Optional<String> service,
        String message) {}
