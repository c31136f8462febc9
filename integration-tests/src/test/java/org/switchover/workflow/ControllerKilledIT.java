package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.workflow.ReplacementFaultsIT.events;
import static org.switchover.workflow.ReplacementFaultsIT.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;
import org.switchover.journal.RunHistory;

/**
 * The controller process is killed (SIGKILL) in the middle of a traffic flip, with the new switch
 * committed and its neighbour not yet; {@code resume} then settles the wave and finishes the run.
 */
class ControllerKilledIT {

    @Test
    void aControllerKilledMidFlipIsResumedToTheEnd(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            // the neighbour answers slowly all along, so the kill lands inside the flip, between the new
            // switch's commit and the neighbour's, however fast the steps before it run
            r.lab.lab().delayReplies("core-1", Duration.ofSeconds(1));
            Process controller = ReplaceProcess.start(dir, r.lab.siteFile(),
                    List.of(AccessReplacement.FAILED + "=" + r.lab.address(AccessReplacement.SPARE)));
            try {
                waitFor(() -> !r.journal.runs(1).isEmpty(), Duration.ofSeconds(60));
                long runId = r.journal.runs(1).get(0).id();
                waitFor(() -> r.journal.pendingCommits(runId).stream().anyMatch(c -> c.label().equals("acc-1/wave-1/flip")),
                        Duration.ofSeconds(60));
                controller.destroyForcibly().waitFor();
                r.lab.lab().delayReplies("core-1", Duration.ZERO);

                Run run = r.journal.run(runId).orElseThrow();
                assertThat(run.isFinished()).isFalse();
                assertThat(r.journal.pendingCommits(runId)).extracting(PendingCommit::device).containsExactly(AccessReplacement.FAILED);

                RunResult resumed = r.resume(Progress.silent(), runId);

                assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
                assertThat(r.goldenDiff(AccessReplacement.FAILED).changes()).isEmpty();
                assertThat(r.goldenDiff("core-1").changes()).isEmpty();
                RunHistory h = r.history(runId);
                assertThat(h.run().outcome()).contains(Outcome.OK);
                assertThat(events(h, EventKind.RESUMED)).singleElement()
                        .satisfies(e -> assertThat(e.message()).contains("acc-1/wave-1/flip cancelled on acc-1"));
                assertThat(events(h, EventKind.WAVE_CONFIRMED)).isNotEmpty();
                assertThat(r.journal.pendingCommits(runId)).isEmpty();
            } finally {
                controller.destroyForcibly();
            }
        }
    }
}
