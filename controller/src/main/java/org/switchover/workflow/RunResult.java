package org.switchover.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.switchover.journal.Outcome;

/** How a run ended: its journal id, the outcome, why, and notes a person must read (an old switch seen). */
public record RunResult(long runId, Outcome outcome, String reason, List<String> notes) {

    public RunResult {
        notes = ImmutableList.copyOf(notes);
    }

    /** 0 done, 1 checks failed (and rolled back), 3 device or network error. */
    public int exitCode() {
        return switch (outcome) {
            case OK, SKIPPED -> 0;
            case FINDINGS, ROLLED_BACK -> 1;
            case FAILED -> 3;
        };
    }
}
