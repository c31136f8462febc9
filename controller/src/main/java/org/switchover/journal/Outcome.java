package org.switchover.journal;

/** How a run or a step ended; a run or step without an outcome is still going, or was interrupted. */
public enum Outcome {
    /** Done as intended. */
    OK,
    /** Ran to the end but checks failed or drift was found (exit code 1). */
    FINDINGS,
    /** Stopped by an error; the message says why. */
    FAILED,
    /** Undone: a cancel-commit or a restored copy put the devices back as they were. */
    ROLLED_BACK,
    /** Not needed: the device was already as intended (idempotent re-run). */
    SKIPPED
}
