package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.Journal;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.RunKind;

class InterruptedTest {

    @TempDir
    Path dir;

    @Test
    void namesTheDevicesWithAPendingCommitAndWhenTheyRollBack() {
        Instant t = Instant.parse("2026-11-28T14:31:00Z");
        List<PendingCommit> pending = List.of(
                new PendingCommit(3, "acc-2", "p", "acc-2/wave-1/flip", Duration.ofSeconds(120), PendingCommit.State.PENDING, t, t),
                new PendingCommit(3, "core-1", "p", "acc-2/wave-1/flip", Duration.ofSeconds(120), PendingCommit.State.PENDING,
                        t.plusSeconds(2), t.plusSeconds(2)));

        assertThat(Interrupted.message(3, pending, ZoneOffset.UTC)).isEqualTo(
                "interrupted; confirmed commit pending on acc-2, core-1 rolls back by itself at 14:33:00 unless you run `switchover resume 3`");
    }

    @Test
    void reportsOnlyTheRunThisProcessStartedWhileItIsUnfinished() {
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            long old = j.startRun(RunKind.REPLACE, "site.yaml", List.of());
            j.commitPending(old, "acc-1", "old", "acc-1/wave-1/flip", Duration.ofMinutes(2));
            StringWriter err = new StringWriter();

            Interrupted.report(j, old, new PrintWriter(err, true));
            assertThat(err.toString()).isEmpty();

            long ours = j.startRun(RunKind.REPLACE, "site.yaml", List.of());
            j.commitPending(ours, "acc-2", "new", "acc-2/wave-1/flip", Duration.ofMinutes(2));
            Interrupted.report(j, old, new PrintWriter(err, true));
            assertThat(err.toString()).contains("confirmed commit pending on acc-2 rolls back by itself at")
                    .contains("switchover resume " + ours).doesNotContain("acc-1");
        }
    }
}
