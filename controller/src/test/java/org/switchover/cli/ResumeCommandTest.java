package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.Run;
import org.switchover.journal.RunKind;

class ResumeCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private long finishedRun(Path db, Outcome outcome, String message, boolean leavePending) {
        try (Journal j = Journal.open(db, Clock.systemUTC(), "bob")) {
            long id = j.startRun(RunKind.REPLACE, dir.resolve("missing-site.yaml").toString(),
                    List.of("replace", "--site", dir.resolve("missing-site.yaml").toString(), "--replace", "acc-1=127.0.0.1:1"));
            j.commitPending(id, "acc-1", "p-1", "acc-1/wave-1/flip", Duration.ofMinutes(2));
            if (!leavePending) j.commitCancelled("acc-1", "p-1");
            j.finishRun(id, outcome, message);
            return id;
        }
    }

    private Run reread(Path db, long id) {
        try (Journal j = Journal.open(db, Clock.systemUTC())) {
            return j.run(id).orElseThrow();
        }
    }

    @Test
    void aFinishedRunIsNotResumedAndKeepsHowItEnded() {
        Path db = dir.resolve("j.db");
        long id = finishedRun(db, Outcome.OK, "replaced acc-1", false);
        Run before = reread(db, id);

        assertThat(run("resume", String.valueOf(id), "--journal", db.toString())).isEqualTo(Main.OK);

        assertThat(cli.out()).contains("run " + id + " already finished (outcome ok); nothing to resume");
        assertThat(reread(db, id)).isEqualTo(before);
    }

    @Test
    void aRunThatStoppedWithEverythingCancelledIsNotResumed() {
        Path db = dir.resolve("j.db");
        long id = finishedRun(db, Outcome.FINDINGS, "wave 1 checks failed:\nlink down", false);
        Run before = reread(db, id);

        assertThat(run("resume", String.valueOf(id), "--journal", db.toString())).isEqualTo(Main.CHECKS_FAILED);

        assertThat(cli.out()).contains("run " + id + " stopped: wave 1 checks failed; nothing pending; start a new replace");
        assertThat(reread(db, id)).isEqualTo(before);
    }

    @Test
    void aRunThatDiedBeforeItJournaledItsPlanIsEndedAsHavingChangedNothing() {
        Path db = dir.resolve("j.db");
        long id;
        try (Journal j = Journal.open(db, Clock.systemUTC(), "bob")) {
            id = j.startRun(RunKind.REPLACE, dir.resolve("missing-site.yaml").toString(), List.of("replace"));
        }

        assertThat(run("resume", String.valueOf(id), "--journal", db.toString())).isEqualTo(Main.BAD_INPUT);

        assertThat(cli.out()).contains("run " + id + " interrupted before it journaled its plan; nothing was changed; start the replacement again");
        Run ended = reread(db, id);
        assertThat(ended.isFinished()).isTrue();
        assertThat(ended.outcome()).contains(Outcome.FAILED);
        // and a second resume says it is over, changing nothing
        assertThat(run("resume", String.valueOf(id), "--journal", db.toString())).isEqualTo(Main.CHECKS_FAILED);
        assertThat(reread(db, id)).isEqualTo(ended);
    }

    @Test
    void aStoppedRunWithACommitStillPendingIsResumed() {
        Path db = dir.resolve("j.db");
        long id = finishedRun(db, Outcome.FAILED, "wave 1 failed", true);

        // it goes on to load the site, which is missing here: a bad-input error, not a refusal
        assertThat(run("resume", String.valueOf(id), "--journal", db.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.out()).doesNotContain("nothing pending");
    }
}
