package org.switchover.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchover.journal.Journal;
import org.switchover.journal.ObservedFinding;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;
import org.switchover.journal.SteppingClock;
import org.switchover.journal.RunHistory;

class IncidentReportTest {

    private static final ReportTime UTC = new ReportTime(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void completedReplacementReadsAsAnIncidentRecord() {
        ReplacementJournal fixture = new ReplacementJournal(dir.resolve("switchover.db"));
        long run = fixture.completed();
        String md;
        RunHistory history;
        try (Journal journal = fixture.journal()) {
            history = history(journal, run);
            md = Markdown.render(IncidentReport.build(history, UTC));
        }

        assertThat(md).startsWith("# Incident record: switch replacement, run " + run + "\n");
        assertThat(md).contains(
                "Switchover run " + run + " (replacement) was started by alice on 2026-11-28 09:00:00 UTC against sites/city/site.yaml.",
                "It put new hardware in place of core-1 and dist-2.",
                "It finished on 2026-11-28 09:01:29 after 1 min 29 s: completed successfully (2 switches replaced).",
                "3 services were affected; all are restored. The longest outage was cctv: 48 min 45 s.",
                "Configuration was changed on core-1, dist-2 and dist-1;",
                "Devices changed: core-1, dist-2 and dist-1.");
        // per service: down since, restored at, outage; restored first listed first
        assertThat(md).contains(
                "| cctv | 2026-11-28 08:12:00 | 2026-11-28 09:00:45 | 48 min 45 s |",
                "| public-services | 2026-11-28 08:12:00 | 2026-11-28 09:00:45 | 48 min 45 s |",
                "| social-affairs | 2026-11-28 08:15:00 | 2026-11-28 09:01:27 | 46 min 27 s |");
        assertThat(md.indexOf("| cctv |")).isLessThan(md.indexOf("| social-affairs |"));
        // timeline, in time order, beginning before the run
        assertThat(md).contains("| 2026-11-28 08:12:00 | Device failed | core-1 |  | no answer since 08:12 |",
                "| 2026-11-28 09:00:00 | Run started |  |  | by alice |",
                "| Traffic wave confirmed |", "| Device replaced | core-1 |  | now at 127.0.0.1:4830, serial SN-CORE-NEW-7 |");
        assertThat(md.indexOf("| Device failed | core-1")).isLessThan(md.indexOf("| Run started |"));
        assertThat(md.indexOf("| Run started |")).isLessThan(md.indexOf("| Run finished |"));
        // what was changed: pushes and flips, not the read-only prechecks
        String changed = section(md, "## What was changed", "## Evidence");
        assertThat(changed).contains("| core-1 | push-staged | golden config, data ports down |",
                "| dist-1 | flip | wave 1: enable ports of cctv, public-services |",
                "| core-1 | staged golden config | r-staged-core-1 | confirmed, permanent |");
        assertThat(changed).doesNotContain("precheck");
        // evidence: serials, empty compliance diff, checks passed
        String evidence = section(md, "## Evidence", "## Every step");
        assertThat(evidence).contains("| core-1 | OC-48 | SN-CORE-NEW-7 | 127.0.0.1:4830 | SHA256:core-1key |",
                "| dist-2 | OC-24 | SN-DIST-NEW-3 |",
                "| core-1 | compliance after staged push | no difference: matches golden |",
                "| dist-2 | before push | 1 difference |",
                "+ /interfaces/interface[name=eth1]/config/description = uplink",
                "4 checks passed, 0 failed.");
        assertThat(md).doesNotContain("Failed checks");
        assertThat(section(md, "## Every step", null).lines().filter(l -> l.matches("\\| \\d+ \\|.*")))
                .hasSize(history.steps().size()).hasSize(10);
    }

    @Test
    void rolledBackWaveAndInterruptedRunAreSaidPlainly() {
        ReplacementJournal fixture = new ReplacementJournal(dir.resolve("switchover.db"));
        long run = fixture.interruptedAfterRollback();
        String md;
        String html;
        try (Journal journal = fixture.journal()) {
            RunHistory history = history(journal, run);
            md = Markdown.render(IncidentReport.build(history, UTC));
            html = Html.render(IncidentReport.build(history, UTC));
        }
        assertThat(md).contains(
                "The run has no recorded end: the controller stopped during it; `switchover resume " + run + "`",
                "3 services were affected; 2 restored, not restored: social-affairs.",
                "1 confirmed commit is still pending (dist-2)",
                "| social-affairs | 2026-11-28 08:15:00 | not restored | ongoing |",
                "| Traffic wave rolled back |  |  | dist-1 eth48 hears core-1 eth9, expected core-1 eth2 |",
                "| Step cancel rolled back | core-1 |",
                "| core-1 | wave 2 | r-w2 | cancelled, device back as before |",
                "| dist-2 | wave 3 | r-w3 | pending (not yet confirmed) |",
                "3 checks passed, 1 failed.",
                "dist-1 lldp: eth48 hears core-1 eth9, expected core-1 eth2",
                "| dist-2 | flip | wave 3: &lt;retry&gt; & \"quote\" | did not finish | interrupted |");

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<table>")
                .contains("wave 3: &lt;retry&gt; &amp; &quot;quote&quot;")
                .doesNotContain("<retry>", "<script", "src=", "href=", "http://", "https://");
        assertThat(html).contains("<td>social-affairs</td><td>2026-11-28 08:15:00</td><td>not restored</td><td>ongoing</td>");
    }

    @Test
    void auditRunReportsItsFindingsWithHistory() {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-28T06:00:00Z"));
        String md;
        try (Journal journal = Journal.open(dir.resolve("audit.db"), clock, "cron")) {
            ObservedFinding drift = new ObservedFinding("acc-3", "CONFIG_DRIFT",
                    "/interfaces/interface[name=eth5]/config/enabled", "false on device, golden true");
            long first = journal.startRun(RunKind.AUDIT, "site.yaml", List.of("audit"));
            journal.recordAudit(first, List.of("acc-3"), 0, 1, 0, List.of(drift));
            journal.finishRun(first, Outcome.FINDINGS, "1 drift");
            clock.advance(Duration.ofHours(6));
            long second = journal.startRun(RunKind.AUDIT, "site.yaml", List.of("audit"));
            journal.recordAudit(second, List.of("acc-3"), 0, 1, 0, List.of(drift));
            clock.advance(Duration.ofSeconds(3));
            journal.finishRun(second, Outcome.FINDINGS, "1 drift");
            md = Markdown.render(IncidentReport.build(journal.history(second).orElseThrow(), UTC));
        }
        assertThat(md).startsWith("# Run 2: drift audit\n").contains(
                "completed with findings (1 drift)",
                "No device configuration was changed.",
                "1 finding recorded, 1 still open.",
                "No service outage was recorded in this run.",
                "| acc-3 | CONFIG_DRIFT | /interfaces/interface[name=eth5]/config/enabled | false on device, golden true "
                        + "| 2026-11-28 06:00:00 | 2026-11-28 12:00:00 | open |");
    }

    private static RunHistory history(Journal journal, long run) {
        return journal.history(run).orElseThrow();
    }

    private static String section(String md, String from, String to) {
        int start = md.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return to == null ? md.substring(start) : md.substring(start, md.indexOf(to, start));
    }
}
