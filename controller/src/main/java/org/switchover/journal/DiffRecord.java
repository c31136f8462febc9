package org.switchover.journal;

import java.time.Instant;

/**
 * A configuration diff taken during a run ({@code label} says which: e.g. "compliance after
 * staged push"); {@code changes} 0 is the evidence that a device matches its golden config.
 */
public record DiffRecord(long runId, String device, String label, int changes, String rendered, Instant recorded) {

    public boolean isEmpty() {
        return changes == 0;
    }
}
