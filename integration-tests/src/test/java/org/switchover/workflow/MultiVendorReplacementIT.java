package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.switchover.inventory.Platform;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.RunHistory;
import org.switchover.render.Renderer;
import org.switchover.verify.CheckScope;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;
import org.switchover.workflow.access.DriverPool;

/**
 * The multi-vendor city site over real SSH against the lab: the controller replacing the Junos
 * distribution switch dist-1 (confirmed commits without persist, held on the controller's session)
 * or the IOS-XE one dist-2 (no candidate: running under the emulated safety net) is killed
 * (SIGKILL) in the middle of the flip, and {@code resume} settles the wave from what the devices
 * say and finishes; every device of the site then runs its golden config and every check passes.
 */
class MultiVendorReplacementIT {

    @Test
    void aControllerKilledWhileFlippingTheJunosSwitchIsResumedToAGoldenSite(@TempDir Path dir) throws Exception {
        try (City c = City.start(dir, "dist-1", Platform.JUNOS)) {
            // core-1 answers slowly, so the kill lands after the Junos spare committed the flip and before the core did
            c.lab.lab().delayReplies("core-1", Duration.ofSeconds(1));
            Process controller = ReplaceProcess.start(dir, c.lab.siteFile(), List.of(c.failed + "=" + c.lab.address(c.spare)));
            try {
                long runId = c.awaitFlipJournaled();
                waitFor(() -> c.lab.lab().get(c.spare).store().commitHistory().get(0).log().endsWith("wave-1-flip"), Duration.ofSeconds(60));
                controller.destroyForcibly().waitFor();
                c.lab.lab().delayReplies("core-1", Duration.ZERO);
                // no persist: the commit died with the killed controller's session, and the device rolled it back
                waitFor(() -> !c.lab.lab().get(c.spare).store().confirmedCommitPending(), Duration.ofSeconds(10));
                assertThat(c.journal.run(runId).orElseThrow().isFinished()).isFalse();
                assertThat(c.journal.pendingCommits(runId)).extracting(PendingCommit::device).contains(c.failed);

                RunResult resumed = c.resume(runId);

                assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
                RunHistory h = c.journal.history(runId).orElseThrow();
                // resume read the Junos device's commit history: nothing pending any more. dist-1's staged config already
                // has its links up (only edge ports are held down in staging), so its flip commit changed nothing on it
                // and running holds the flip whether or not the device rolled back; the neighbours were cancelled
                assertThat(events(h, EventKind.RESUMED)).singleElement().satisfies(e -> assertThat(e.message()).as(e.message())
                        .contains("dist-1/wave-1/flip cancelled on")
                        .containsPattern("dist-1 \\((kept: nothing pending on the device|rolled back by the device)"));
                c.assertTheWholeSiteEndsGolden(runId);
            } finally {
                controller.destroyForcibly();
            }
        }
    }

    @Test
    void aControllerKilledWhileFlippingTheIosXeSwitchWithoutCandidateIsResumedToAGoldenSite(@TempDir Path dir) throws Exception {
        try (City c = City.start(dir, "dist-2", Platform.IOSXE)) {
            assertThat(c.lab.lab().get(c.spare).store().features().candidate()).as("IOS-XE comes without candidate").isFalse();
            c.lab.lab().delayReplies("core-1", Duration.ofSeconds(1));
            Process controller = ReplaceProcess.start(dir, c.lab.siteFile(), List.of(c.failed + "=" + c.lab.address(c.spare)));
            try {
                long runId = c.awaitFlipJournaled();
                controller.destroyForcibly().waitFor();
                c.lab.lab().delayReplies("core-1", Duration.ZERO);
                assertThat(c.journal.run(runId).orElseThrow().isFinished()).isFalse();
                assertThat(c.journal.pendingCommits(runId)).extracting(PendingCommit::device).contains(c.failed);
                // emulated: the journal holds the copy of running to go back to
                assertThat(c.journal.pendingCommits(runId)).filteredOn(p -> p.device().equals(c.failed))
                        .allSatisfy(p -> {
                            assertThat(p.mode()).isEqualTo(PendingCommit.Mode.EMULATED);
                            assertThat(p.savedRunning()).isPresent();
                        });

                RunResult resumed = c.resume(runId);

                assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
                RunHistory h = c.journal.history(runId).orElseThrow();
                assertThat(events(h, EventKind.RESUMED)).singleElement().satisfies(e -> assertThat(e.message()).as(e.message())
                        .contains("dist-2/wave-1/flip cancelled on").contains("dist-2"));
                c.assertTheWholeSiteEndsGolden(runId);
            } finally {
                controller.destroyForcibly();
            }
        }
    }

    /** The city lab with one switch failed (powered off, the ports facing it shut) and a spare of its model and platform racked in its place. */
    private static final class City implements AutoCloseable {
        final String failed;
        final String spare;
        final DemoLab lab;
        final Site site;
        final Journal journal;
        final TemplateGoldenConfigs golden;

        private City(String failed, String spare, DemoLab lab, Journal journal) {
            this.failed = failed;
            this.spare = spare;
            this.lab = lab;
            this.site = lab.site();
            this.journal = journal;
            this.golden = new TemplateGoldenConfigs(Renderer.builtIn());
        }

        static City start(Path dir, String failed, Platform platform) throws Exception {
            Path city = LabSites.site("city");
            Site original = SiteLoader.defaults().loadOrThrow(city);
            assertThat(original.device(failed).platform()).isEqualTo(platform);
            String spare = "spare-" + failed;
            DemoLab lab = DemoLab.start(city, dir, List.of(new DemoLab.Spare(spare, original.device(failed).model(), platform)));
            try {
                lab.powerOff(failed);
                lab.shutPortsFacing(List.of(failed), AccessReplacement.access());
                lab.rack(spare, failed);
                return new City(failed, spare, lab, Journal.open(dir.resolve("switchover.db"), Clock.systemUTC()));
            } catch (RuntimeException e) {
                lab.close();
                throw e;
            }
        }

        /** Waits until the killed-to-be controller journaled the failed switch's first flip commit; returns the run. */
        long awaitFlipJournaled() throws InterruptedException {
            waitFor(() -> !journal.runs(1).isEmpty(), Duration.ofSeconds(90));
            long runId = journal.runs(1).get(0).id();
            waitFor(() -> journal.pendingCommits(runId).stream().anyMatch(p -> p.label().equals(failed + "/wave-1/flip")),
                    Duration.ofSeconds(90));
            return runId;
        }

        RunResult resume(long runId) {
            return new ReplaceWorkflow(journal, AccessReplacement.access(), golden, Progress.silent(), Clock.systemUTC(),
                    Poll.system(Clock.systemUTC())).resume(runId, site, SavedPlan.fromJournal(journal.plan(runId).orElseThrow()));
        }

        /** Every device (the failed one on its spare) runs its golden config, every check passes, nothing is left pending. */
        void assertTheWholeSiteEndsGolden(long runId) {
            RunHistory h = journal.history(runId).orElseThrow();
            assertThat(h.run().outcome()).contains(Outcome.OK);
            assertThat(journal.pendingCommits(runId)).isEmpty();
            assertThat(lab.lab().get(spare).hostname()).isEqualTo(failed);
            try (DriverPool pool = new DriverPool(site, AccessReplacement.access())) {
                pool.redirect(failed, HostAndPort.fromString(lab.address(spare)), false);
                for (String d : site.devices().keySet()) {
                    if (d.equals(failed)) continue;
                    assertThat(lab.lab().get(d).store().confirmedCommitPending()).as("commit pending on " + d).isFalse();
                }
                assertThat(lab.lab().get(spare).store().confirmedCommitPending()).isFalse();
                for (String d : site.devices().keySet()) {
                    assertThat(pool.driver(d).compliance(golden.render(site, site.device(d))).changes()).as("drift on " + d).isEmpty();
                }
                ObservedState observed = new Observer(pool).observe(site.devices().keySet());
                assertThat(observed.devices()).hasSize(site.devices().size());
                assertThat(Verifier.verify(site, observed, CheckScope.wholeSite(site, observed))).isEmpty();
            }
        }

        @Override
        public void close() {
            journal.close();
            lab.close();
        }
    }
}
