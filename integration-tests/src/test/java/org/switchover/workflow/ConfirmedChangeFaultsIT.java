package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.lab.Topology;
import picocli.CommandLine;

/**
 * The fault matrix of the confirmed-change engine, over real SSH against the lab: crashes at the
 * worst moments (the controller dies the way kill -9 kills, in its own JVM), a confirm that fails
 * on one device of a wave, a deadline too close to confirm, two runs on one device, a saved plan
 * replayed after the site changed. Each test asserts what every device involved runs at the end.
 */
class ConfirmedChangeFaultsIT {

    private static final String ACC = AccessReplacement.FAILED;
    private static final String SPARE = AccessReplacement.SPARE;

    @Test
    void aCrashWhileAnEmulatedConfirmedCommitIsPendingIsSettledOnResumeFromTheJournaledCopy(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24", "confirmed-commit")) {
            long run = crash(r, dir, ACC, "commit", "wave-1");
            // nobody holds the emulated rollback any more: the spare keeps the wave's ports enabled
            assertThat(r.stagedDiff().changes()).isNotEmpty();
            // the wave cannot pass now: resume must undo it on the spare, not believe it gone
            r.lab.lab().failPort(new Topology.Endpoint("core-1", "eth1"), true);

            Cli resume = Cli.run("resume", Long.toString(run), "--quiet", "--journal", r.journal.file().toString());

            assertThat(resume.code).as(resume.text()).isEqualTo(1);
            assertThat(r.stagedDiff().changes()).as("the spare runs the staged config again, wave ports down").isEmpty();
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            assertThat(r.journal.pendingCommits(run)).isEmpty();
        }
    }

    @Test
    void aCrashAfterADeviceConfirmedAndBeforeTheJournalRecordedItIsResumedToTheEnd(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            long run = crash(r, dir, ACC, "confirm", "staged-push");
            assertThat(r.journal.pendingCommits(run)).extracting(PendingCommit::label).containsExactly("acc-1/staged-push");

            Cli resume = Cli.run("resume", Long.toString(run), "--quiet", "--journal", r.journal.file().toString());

            assertThat(resume.code).as(resume.text()).isZero();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
            assertThat(r.journal.run(run).orElseThrow().outcome()).contains(Outcome.OK);
            assertThat(r.journal.pendingCommits(run)).isEmpty();
            assertThat(r.journal.commits(run)).filteredOn(c -> c.label().equals("acc-1/staged-push"))
                    .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CONFIRMED));
        }
    }

    @Test
    void resumeRunsTheJournaledPlanNotOneFromTheSiteFileAsItIsNow(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            long run = crash(r, dir, ACC, "commit", "staged-push");
            Path site = r.lab.siteFile();
            String before = Files.readString(site);
            Files.writeString(site, before.replace("description: Office desk", "description: Office desk (moved)"));
            assertThat(Files.readString(site)).isNotEqualTo(before);

            Cli resume = Cli.run("resume", Long.toString(run), "--quiet", "--journal", r.journal.file().toString());

            assertThat(resume.code).as(resume.text()).isZero();
            // r.site is the site as it was when the run planned
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
            assertThat(r.running(SPARE)).doesNotContain("Office desk (moved)");
        }
    }

    @Test
    void aConfirmThatFailsOnOneDeviceOfAWaveIsReportedDeviceByDeviceAndResumeFinishesIt(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            Progress coreDiesBeforeConfirm = e -> {
                if (e.step().equals("acc-1/wave-1/verify") && e.status() == Progress.Status.OK) r.lab.powerOff("core-1");
            };

            RunResult first = r.replace(coreDiesBeforeConfirm, AccessReplacement.settings());

            assertThat(first.exitCode()).isEqualTo(3);
            assertThat(first.reason()).contains("wave 1 was confirmed only in part")
                    .contains("acc-1: confirmed, runs the change").contains("core-1: still pending")
                    .contains("switchover resume " + first.runId());
            assertThat(r.journal.pendingCommits(first.runId())).extracting(PendingCommit::device).containsExactly("core-1");
            r.lab.lab().powerOn("core-1");

            RunResult resumed = r.resume(Progress.silent(), first.runId());

            assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
            assertThat(r.journal.pendingCommits(first.runId())).isEmpty();
        }
    }

    @Test
    void aConfirmDeadlineTooCloseCancelsTheWaveEverywhereInsteadOfConfirming(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            // the controller's clock says the wave's checks took 55 of the 60 s the devices wait for a confirm
            ShiftedClock clock = new ShiftedClock();
            Progress slowChecks = e -> {
                if (e.step().equals("acc-1/wave-1/verify") && e.status() == Progress.Status.OK) clock.shift(Duration.ofSeconds(55));
            };

            RunResult result = new ReplaceWorkflow(r.journal, AccessReplacement.access(), r.golden, slowChecks, clock, Poll.system(clock))
                    .replace(r.site, r.request(AccessReplacement.settings()), clock.instant());

            assertThat(result.exitCode()).as(result.reason()).isEqualTo(3);
            assertThat(result.reason()).contains("wave 1 not confirmed").contains("before the confirm deadline (margin 10000 ms)")
                    .contains("cancelled on acc-1, core-1");
            assertThat(r.stagedDiff().changes()).as("the spare is back at its staged config").isEmpty();
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            assertThat(r.journal.pendingCommits(result.runId())).isEmpty();
            assertThat(r.journal.commits(result.runId())).filteredOn(c -> c.label().contains("wave-1"))
                    .hasSize(2).allSatisfy(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CANCELLED));
            assertThat(r.journal.commits(result.runId())).filteredOn(c -> c.label().equals("acc-1/staged-push"))
                    .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CONFIRMED));
        }
    }

    /** The system clock, moved ahead on demand: time that passed for the controller and not for the devices. */
    private static final class ShiftedClock extends java.time.Clock {
        private volatile Duration shift = Duration.ZERO;

        void shift(Duration d) {
            shift = d;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.now().plus(shift);
        }
    }

    @Test
    void aCommitWhoseAnswerNeverComesIsReportedAsOutcomeUnknownAndUndoneEverywhere(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            // core-1's session drops instead of answering its wave commit (facts, lock, get-config,
            // discard, edit-config and validate are answered first)
            Progress dropCoreCommit = e -> {
                if (e.step().equals("acc-1/wave-1/flip") && e.status() == Progress.Status.STARTED) {
                    r.lab.lab().dropSessionAfter("core-1", 6);
                }
            };

            RunResult result = r.replace(dropCoreCommit, AccessReplacement.settings());

            assertThat(result.exitCode()).as(result.reason()).isEqualTo(3);
            assertThat(result.reason()).contains("wave 1 failed: outcome unknown on core-1, it may have changed")
                    .contains("cancelled on acc-1").doesNotContain("refused the change");
            assertThat(r.stagedDiff().changes()).as("the spare is back at its staged config").isEmpty();
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            assertThat(r.journal.pendingCommits(result.runId())).isEmpty();
        }
    }

    @Test
    void aSecondRunOnADeviceAnotherRunHoldsIsRefusedBeforeItChangesAnything(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            List<RuntimeException> refusals = new ArrayList<>();
            List<Long> secondRuns = new ArrayList<>();
            Progress secondRunMidway = e -> {
                if (e.step().equals("acc-1/staged-push") && e.status() == Progress.Status.OK) {
                    try {
                        r.replace(Progress.silent(), AccessReplacement.settings());
                    } catch (RuntimeException refused) {
                        refusals.add(refused);
                        secondRuns.add(r.journal.runs(1).get(0).id());
                    }
                }
            };

            RunResult first = r.replace(secondRunMidway, AccessReplacement.settings());

            assertThat(first.exitCode()).as(first.reason()).isZero();
            assertThat(refusals).singleElement().satisfies(e -> assertThat(e.getMessage())
                    .contains("acc-1 is held by run " + first.runId() + " of " + System.getProperty("user.name") + ", started ")
                    .contains("core-1 is held by run " + first.runId()));
            long second = secondRuns.get(0);
            assertThat(second).isNotEqualTo(first.runId());
            assertThat(r.journal.run(second).orElseThrow().outcome()).contains(Outcome.FAILED);
            assertThat(r.journal.commits(second)).isEmpty();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
            assertThat(r.journal.leases()).isEmpty();
        }
    }

    @Test
    void aSavedPlanIsRefusedOnceTheSiteChangedAndRunsExactlyAsSavedOtherwise(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            Path site = r.lab.siteFile();
            Path planFile = dir.resolve("plan.json");
            String journal = dir.resolve("cli.db").toString();
            String replace = ACC + "=" + r.lab.address(SPARE);
            Cli plan = Cli.run("plan", "--site", site.toString(), "--replace", replace, "--out", planFile.toString());
            assertThat(plan.code).as(plan.text()).isZero();
            assertThat(Files.readString(planFile)).contains("\"siteDigest\"").contains("openconfig/access.xml.j2");
            String siteText = Files.readString(site);
            String spareBefore = r.running(SPARE);
            Files.writeString(site, siteText.replace("description: Office desk", "description: Office desk (moved)"));

            Cli refused = Cli.run("replace", "--site", site.toString(), "--plan", planFile.toString(), "--yes", "--quiet",
                    "--journal", journal);

            assertThat(refused.code).as(refused.text()).isEqualTo(2);
            assertThat(refused.err).contains("the plan " + planFile + " cannot run: the site file " + site.toAbsolutePath())
                    .contains("changed").contains("nothing was changed");
            assertThat(r.running(SPARE)).isEqualTo(spareBefore);
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);

            Files.writeString(site, siteText);
            Cli ran = Cli.run("replace", "--site", site.toString(), "--plan", planFile.toString(), "--yes", "--quiet",
                    "--journal", journal);

            assertThat(ran.code).as(ran.text()).isZero();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
        }
    }

    /** Runs acc-1's replacement in its own JVM, which dies right after {@code device} answered {@code call}; the run's id. */
    private static long crash(AccessReplacement r, Path dir, String device, String call, String persistPart) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingReplace.class.getName(),
                r.lab.siteFile().toString(), r.lab.address(SPARE), r.journal.file().toString(), device, call, persistPart);
        Path log = dir.resolve("crashing-" + call + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the crashing run ends").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(log)).as("it died where it was told to").contains("halting after " + call);
        assertThat(p.exitValue()).isEqualTo(137);
        long run = r.journal.runs(1).get(0).id();
        assertThat(r.journal.run(run).orElseThrow().isFinished()).isFalse();
        return run;
    }

    /** A switchover command line run in this JVM: its exit code and what it printed. */
    private record Cli(int code, String out, String err) {
        static Cli run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Cli(code, out.toString(), err.toString());
        }

        String text() {
            return out + err;
        }
    }
}
