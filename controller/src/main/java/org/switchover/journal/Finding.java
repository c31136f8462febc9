package org.switchover.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * A finding with its history: first and last seen (time and audit run), and when it was
 * resolved, which is the first audit of its device that no longer saw it.
 */
public record Finding(
        long id,
        String device,
        String kind,
        String subject,
        String detail,
        Instant firstSeen,
        long firstRun,
        Instant lastSeen,
        long lastRun,
        Optional<Instant> resolved) {

    public boolean isOpen() {
        return resolved.isEmpty();
    }
}
