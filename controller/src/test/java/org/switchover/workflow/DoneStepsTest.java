package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Step;

class DoneStepsTest {

    private static final Instant T0 = Instant.parse("2026-12-03T06:00:00Z");

    private static Step step(long id, String stepId, Outcome outcome) {
        return new Step(id, 1, "dist-2", "x", stepId + ": what it does", T0, Optional.ofNullable(outcome).map(o -> T0),
                Optional.ofNullable(outcome), "");
    }

    private static PendingCommit commit(String device, String persistId, String label, PendingCommit.State state) {
        return new PendingCommit(1, device, persistId, label, Duration.ofSeconds(60), state, T0, T0);
    }

    private static final List<Step> FLIPPED = List.of(
            step(1, "dist-2/staged-push", Outcome.OK), step(2, "dist-2/compliance", Outcome.OK), step(3, "dist-2/confirm-push", Outcome.OK),
            step(4, "dist-2/wave-1/flip", Outcome.OK), step(5, "dist-2/wave-1/verify", null));

    @Test
    void stepsThatEndedWellAreDoneAndAnInterruptedOneIsNot() {
        var commits = List.of(commit("dist-2", "p-push", "dist-2/staged-push", PendingCommit.State.CONFIRMED),
                commit("dist-2", "p-w1", "dist-2/wave-1/flip", PendingCommit.State.PENDING));

        assertThat(DoneSteps.of(FLIPPED, commits))
                .containsExactlyInAnyOrder("dist-2/staged-push", "dist-2/compliance", "dist-2/confirm-push", "dist-2/wave-1/flip");
    }

    @Test
    void aWaveWhoseCommitAResumeCancelledBeforeDyingIsFlippedAgain() {
        // the resume that cancelled the wave died before it ran the flip again: the flip's own row still says OK
        var commits = List.of(commit("dist-2", "p-push", "dist-2/staged-push", PendingCommit.State.CONFIRMED),
                commit("dist-2", "p-w1", "dist-2/wave-1/flip", PendingCommit.State.CANCELLED),
                commit("core-1", "p-w1", "dist-2/wave-1/flip", PendingCommit.State.CANCELLED));

        assertThat(DoneSteps.of(FLIPPED, commits))
                .containsExactlyInAnyOrder("dist-2/staged-push", "dist-2/compliance", "dist-2/confirm-push");
    }

    @Test
    void onlyTheLatestAttemptOfACommitCounts() {
        List<Step> again = new java.util.ArrayList<>(FLIPPED.subList(0, 4));
        again.add(step(5, "dist-2/wave-1/flip", Outcome.OK));
        var commits = List.of(commit("dist-2", "p-push", "dist-2/staged-push", PendingCommit.State.CONFIRMED),
                commit("dist-2", "p-w1", "dist-2/wave-1/flip", PendingCommit.State.CANCELLED),
                commit("dist-2", "p-w1-2", "dist-2/wave-1/flip", PendingCommit.State.PENDING));

        assertThat(DoneSteps.of(again, commits)).contains("dist-2/wave-1/flip");
    }

    @Test
    void aStagedPushCancelledIsPushedCheckedAndConfirmedAgain() {
        var commits = List.of(commit("dist-2", "p-push", "dist-2/staged-push", PendingCommit.State.CANCELLED));

        assertThat(DoneSteps.of(FLIPPED.subList(0, 3), commits)).isEmpty();
    }
}
