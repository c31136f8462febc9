package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchover.workflow.ReplacementFaultsIT.events;
import static org.switchover.workflow.ReplacementFaultsIT.waitFor;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.DemoLab;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.DriverException;
import org.switchover.inventory.Platform;
import org.switchover.inventory.Site;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;
import org.switchover.journal.RunHistory;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;
import org.switchover.workflow.access.DriverPool;

/**
 * The branch site (an openconfig core, two Juniper EX access switches) in the lab: the Junos
 * switch ex-1 fails and a factory-default Junos spare replaces it through the controller, over the
 * Junos dialect (commit-configuration in minutes, confirmed commits without persist held on the
 * session that made them). Then the same with the controller killed (SIGKILL) in the middle of the
 * flip: the kill ends the session holding ex-1's confirmed commit, the lab rolls it back as Junos
 * does without persist, and {@code resume} reads that from the device, says so, and finishes. And
 * with the controller hung (SIGSTOP) instead: its session stays, the device still waits, and
 * {@code resume} says so and touches nothing until the device is free.
 */
class JunosReplacementIT {

    private static final String FAILED = "ex-1";
    private static final String SPARE = "spare-ex";

    @Test
    void aJunosAccessSwitchIsReplacedByAJunosSpare(@TempDir Path dir) throws Exception {
        try (Branch b = Branch.start(dir)) {
            RunResult result = b.workflow().replace(b.site, b.request(), Clock.systemUTC().instant());

            assertThat(result.exitCode()).as(result.reason()).isZero();
            assertThat(b.goldenDiff(FAILED).changes()).as("the spare runs ex-1's golden").isEmpty();
            assertThat(b.goldenDiff("core-1").changes()).isEmpty();
            assertThat(b.goldenDiff("ex-2").changes()).isEmpty();
            assertThat(b.lab.lab().get(SPARE).store().confirmedCommitPending()).isFalse();
            assertThat(b.lab.lab().get(SPARE).store().commitHistory()).extracting(e -> e.log()).anyMatch(l -> l.startsWith("switchover confirm "));
            assertThat(b.journal.history(result.runId()).orElseThrow().run().outcome()).contains(Outcome.OK);
        }
    }

    @Test
    void aControllerKilledMidFlipIsResumedFromWhatTheJunosDeviceSays(@TempDir Path dir) throws Exception {
        try (Branch b = Branch.start(dir)) {
            // the core answers slowly, so the kill lands between ex-1's flip commit and the core's
            b.lab.lab().delayReplies("core-1", Duration.ofSeconds(1));
            Process controller = b.replaceInAnotherProcess(dir);
            try {
                long runId = b.awaitFlipCommitted();
                controller.destroyForcibly().waitFor();
                b.lab.lab().delayReplies("core-1", Duration.ZERO);

                // without persist the commit died with the controller's session: the device rolled it back by itself
                waitFor(() -> !b.lab.lab().get(SPARE).store().confirmedCommitPending(), Duration.ofSeconds(10));
                Run run = b.journal.run(runId).orElseThrow();
                assertThat(run.isFinished()).isFalse();
                assertThat(b.journal.pendingCommits(runId)).extracting(PendingCommit::device).containsExactly(FAILED);

                RunResult resumed = b.workflow().resume(runId, b.site, SavedPlan.fromJournal(b.journal.plan(runId).orElseThrow()));

                assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
                RunHistory h = b.journal.history(runId).orElseThrow();
                assertThat(events(h, EventKind.RESUMED)).singleElement().satisfies(e -> assertThat(e.message())
                        .contains(FAILED + "/wave-1/flip cancelled on " + FAILED + " (rolled back by the device"));
                assertThat(h.run().outcome()).contains(Outcome.OK);
                assertThat(b.goldenDiff(FAILED).changes()).isEmpty();
                assertThat(b.goldenDiff("core-1").changes()).isEmpty();
                assertThat(b.journal.pendingCommits(runId)).isEmpty();
                assertThat(b.lab.lab().get(SPARE).store().confirmedCommitPending()).isFalse();
            } finally {
                controller.destroyForcibly();
            }
        }
    }

    @Test
    void aHungControllerLeavesTheCommitPendingAndResumeSaysSoWithoutTouchingIt(@TempDir Path dir) throws Exception {
        try (Branch b = Branch.start(dir)) {
            b.lab.lab().delayReplies("core-1", Duration.ofSeconds(1));
            Process controller = b.replaceInAnotherProcess(dir);
            try {
                long runId = b.awaitFlipCommitted();
                // SIGSTOP: the controller hangs with its sessions open, so the device keeps waiting for it
                assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(controller.pid())).start().waitFor()).isZero();
                b.lab.lab().delayReplies("core-1", Duration.ZERO);
                assertThat(b.lab.lab().get(SPARE).store().confirmedCommitPending()).isTrue();
                Run run = b.journal.run(runId).orElseThrow();

                assertThatThrownBy(() -> b.workflow().resume(runId, b.site, SavedPlan.fromJournal(b.journal.plan(runId).orElseThrow())))
                        .isInstanceOf(DriverException.class)
                        .hasMessageContaining("is still pending on " + FAILED)
                        .hasMessageContaining("run resume again");
                assertThat(b.lab.lab().get(SPARE).store().confirmedCommitPending()).as("resume left it alone").isTrue();
                assertThat(b.journal.pendingCommits(runId)).extracting(PendingCommit::device).containsExactly(FAILED);

                // the hung controller is killed: its sessions end, the device rolls back, and resume finishes
                controller.destroyForcibly().waitFor();
                waitFor(() -> !b.lab.lab().get(SPARE).store().confirmedCommitPending(), Duration.ofSeconds(10));
                RunResult resumed = b.workflow().resume(runId, b.site, SavedPlan.fromJournal(b.journal.plan(runId).orElseThrow()));
                assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
                assertThat(b.goldenDiff(FAILED).changes()).isEmpty();
                assertThat(b.goldenDiff("core-1").changes()).isEmpty();
                assertThat(b.journal.pendingCommits(runId)).isEmpty();
            } finally {
                controller.destroyForcibly();
            }
        }
    }

    /** The branch lab with ex-1 powered off, the core port facing it shut, and a Junos spare racked in its place. */
    private static final class Branch implements AutoCloseable {
        final DemoLab lab;
        final Site site;
        final Journal journal;
        final TemplateGoldenConfigs golden;

        private Branch(Path dir, DemoLab lab) {
            this.lab = lab;
            this.site = lab.site();
            this.journal = Journal.open(dir.resolve("switchover.db"), Clock.systemUTC());
            this.golden = new TemplateGoldenConfigs(Renderer.builtIn());
        }

        static Branch start(Path dir) throws Exception {
            DemoLab lab = DemoLab.start(LabSites.site("branch"), dir, List.of(new DemoLab.Spare(SPARE, "EX2300-24P", Platform.JUNOS)));
            try {
                Branch b = new Branch(dir, lab);
                lab.powerOff(FAILED);
                lab.shutPortsFacing(List.of(FAILED), AccessReplacement.access());
                lab.rack(SPARE, FAILED);
                return b;
            } catch (RuntimeException e) {
                lab.close();
                throw e;
            }
        }

        /** {@code switchover replace} of ex-1 by the spare, in a process of its own, journaling into {@code dir}. */
        Process replaceInAnotherProcess(Path dir) throws java.io.IOException {
            return ReplaceProcess.start(dir, lab.siteFile(), List.of(FAILED + "=" + lab.address(SPARE)));
        }

        /** Waits until the spare has committed the first wave's flip (the core, slowed, has not yet); returns the run. */
        long awaitFlipCommitted() throws InterruptedException {
            waitFor(() -> !journal.runs(1).isEmpty(), Duration.ofSeconds(60));
            long runId = journal.runs(1).get(0).id();
            waitFor(() -> journal.pendingCommits(runId).stream().anyMatch(c -> c.label().equals(FAILED + "/wave-1/flip")), Duration.ofSeconds(60));
            waitFor(() -> lab.lab().get(SPARE).store().commitHistory().get(0).log().endsWith("wave-1-flip"), Duration.ofSeconds(30));
            return runId;
        }

        ReplaceRequest request() {
            return new ReplaceRequest(lab.siteFile(), List.of(new Replacement(FAILED, HostAndPort.fromString(lab.address(SPARE)))),
                    AccessReplacement.settings());
        }

        ReplaceWorkflow workflow() {
            return new ReplaceWorkflow(journal, AccessReplacement.access(), golden, Progress.silent(), Clock.systemUTC(),
                    Poll.system(Clock.systemUTC()));
        }

        ConfigDiff goldenDiff(String device) {
            try (DriverPool pool = new DriverPool(site, AccessReplacement.access())) {
                pool.redirect(FAILED, HostAndPort.fromString(lab.address(SPARE)), false);
                return pool.driver(device).compliance(golden.render(site, site.device(device)));
            }
        }

        @Override
        public void close() {
            journal.close();
            lab.close();
        }
    }
}
