package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;

class JournalAndReportCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private long replaceRun;
    private long auditRun;

    private final CliRun cli = new CliRun();

    @BeforeEach
    void journal() {
        db = dir.resolve("switchover.db");
        try (Journal j = Journal.open(db, Clock.systemUTC(), "bob")) {
            replaceRun = j.startRun(RunKind.REPLACE, "site.yaml", List.of("replace", "--yes"));
            j.event(replaceRun, EventKind.SERVICE_DOWN, j.run(replaceRun).orElseThrow().started().minus(Duration.ofMinutes(20)),
                    null, "cctv", "core-1 failed");
            j.recordDevice(replaceRun, "core-1", true, "127.0.0.1:4830", "OC-48", "SN-777", "SHA256:k");
            long step = j.beginStep(replaceRun, "core-1", "push-staged", "golden");
            j.finishStep(step, Outcome.OK, "");
            j.commitPending(replaceRun, "core-1", "p-1", "wave 1", Duration.ofMinutes(2));
            j.beginStep(replaceRun, "core-1", "flip", "wave 1");
            j.event(replaceRun, EventKind.SERVICE_RESTORED, null, "cctv", "wave 1 confirmed");
            auditRun = j.startRun(RunKind.AUDIT, "site.yaml", List.of("audit"));
            j.finishRun(auditRun, Outcome.FINDINGS, "1 device drifted");
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void journalListsRunsNewestFirst() {
        assertThat(run("journal", "--journal", db.toString())).isEqualTo(Main.OK);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).startsWith("RUN").contains("KIND", "STARTED", "OUTCOME", "USER", "SITE");
        assertThat(lines.get(1)).startsWith(auditRun + " ").contains("audit", "findings", "bob");
        assertThat(lines.get(2)).startsWith(replaceRun + " ").contains("replace", "unfinished", "bob", "site.yaml");
    }

    @Test
    void journalShowsTheStepsOfOneRunAndWhatResumeMustSettle() {
        assertThat(run("journal", String.valueOf(replaceRun), "--journal", db.toString())).isEqualTo(Main.OK);
        assertThat(cli.out())
                .contains("run " + replaceRun + ": replace by bob")
                .containsPattern("core-1 +push-staged .* ok +golden")
                .containsPattern("core-1 +flip .* interrupted +wave 1")
                .contains("pending confirmed commits (settle with: switchover resume " + replaceRun + ")",
                        "core-1 persist-id p-1 (wave 1)");
    }

    @Test
    void reportWritesMarkdownOrSelfContainedHtml() throws Exception {
        assertThat(run("report", String.valueOf(replaceRun), "--journal", db.toString())).isEqualTo(Main.OK);
        assertThat(cli.out()).startsWith("# Incident record: switch replacement, run " + replaceRun)
                .contains("| cctv |", "| 20 min 00 s |", "SN-777", "`switchover resume " + replaceRun + "`");

        Path html = dir.resolve("reports/run.html");
        assertThat(run("report", String.valueOf(replaceRun), "--format", "html", "--out", html.toString(),
                "--journal", db.toString())).isEqualTo(Main.OK);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<td>SN-777</td>", "</html>");
        assertThat(Files.list(html.getParent())).containsExactly(html);
    }

    @Test
    void unknownRunOrMissingJournalIsBadInputAndCreatesNothing() {
        assertThat(run("report", "999", "--journal", db.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("no run 999 in " + db, "switchover journal");

        Path missing = dir.resolve("elsewhere/none.db");
        assertThat(run("journal", "--journal", missing.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("no journal at " + missing.toAbsolutePath());
        assertThat(missing.getParent()).doesNotExist();

        assertThat(run("report", "1", "--format", "pdf", "--journal", db.toString())).isEqualTo(Main.BAD_INPUT);
    }
}
