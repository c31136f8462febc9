package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.RunHistory;
import org.switchover.lab.Topology;
import org.switchover.netconf.Datastore;

/**
 * Replacing acc-1 of the minimal site over real SSH against the lab, with one fault each. Every
 * test asserts the final configuration of every device involved and what the journal recorded.
 */
class ReplacementFaultsIT {

    private static final String ACC = AccessReplacement.FAILED;
    private static final String SPARE = AccessReplacement.SPARE;

    @Test
    void aReplacementWithoutFaultsEndsGoldenEverywhere(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).as(result.reason()).isZero();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
            assertThat(r.lab.lab().get(SPARE).hostname()).isEqualTo(ACC);
            RunHistory h = r.history(result.runId());
            assertThat(h.run().outcome()).contains(Outcome.OK);
            assertThat(h.commits()).extracting(PendingCommit::state).containsOnly(PendingCommit.State.CONFIRMED);
            assertThat(kinds(h)).contains(EventKind.SERVICE_RESTORED, EventKind.DEVICE_REPLACED);
        }
    }

    @Test
    void aSwitchOfTheWrongModelIsRefusedBeforeAnythingChanges(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "core-32")) {
            String spareBefore = r.running(SPARE);

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.reason()).contains("reports model 'core-32' (32 ports)").contains("acc-1 is a edge-24")
                    .contains("has no port up1, up2");
            assertThat(r.running(SPARE)).isEqualTo(spareBefore);
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            RunHistory h = r.history(result.runId());
            assertThat(h.run().outcome()).contains(Outcome.FINDINGS);
            assertThat(h.checks()).anySatisfy(c -> {
                assertThat(c.check()).isEqualTo("hardware-model");
                assertThat(c.passed()).isFalse();
            });
            assertThat(h.commits()).isEmpty();
            assertThat(h.devices()).singleElement().satisfies(d -> assertThat(d.model()).isEqualTo("core-32"));
        }
    }

    @Test
    void aMisCabledSpareIsStoppedByThePreFlightCablingCheckBeforeAnythingIsPushed(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            // while racking, the spare's uplink went into acc-2's core port and acc-2's cable into the spare's
            var lab = r.lab.lab();
            lab.unplug(new Topology.Endpoint("core-1", "eth1"));
            lab.unplug(new Topology.Endpoint("core-1", "eth2"));
            lab.plug(new Topology.Endpoint("core-1", "eth2"), new Topology.Endpoint(SPARE, "up1"));
            lab.plug(new Topology.Endpoint("core-1", "eth1"), new Topology.Endpoint("acc-2", "up1"));
            String acc2Before = r.running("acc-2");
            String spareBefore = r.running(SPARE);

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.reason()).contains("the new switch's up1 hears core-1:eth2 but should face core-1:eth1");
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            assertThat(r.running("acc-2")).isEqualTo(acc2Before);
            assertThat(r.running(SPARE)).isEqualTo(spareBefore);
            RunHistory h = r.history(result.runId());
            assertThat(kinds(h)).doesNotContain(EventKind.WAVE_STARTED, EventKind.WAVE_CONFIRMED);
            assertThat(h.commits()).isEmpty();
            assertThat(h.checks()).anySatisfy(c -> {
                assertThat(c.check()).isEqualTo("cabling");
                assertThat(c.passed()).isFalse();
            });
        }
    }

    @Test
    void aNeighbourPortThatDoesNotComeUpRollsTheWaveBackOnEveryTouchedDevice(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            r.lab.lab().failPort(new Topology.Endpoint("core-1", "eth1"), true);

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.reason()).contains("core-1:eth1 is admin up but oper down");
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            assertThat(r.stagedDiff().changes()).isEmpty();
            RunHistory h = r.history(result.runId());
            assertThat(events(h, EventKind.WAVE_ROLLED_BACK)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("cancelled on acc-1, core-1"));
            assertThat(h.commits()).filteredOn(c -> c.label().contains("wave-1"))
                    .extracting(PendingCommit::device).containsExactlyInAnyOrder(ACC, "core-1");
            assertThat(h.commits()).filteredOn(c -> c.label().contains("wave-1"))
                    .allSatisfy(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CANCELLED));
        }
    }

    @Test
    void aNeighbourAndGatewayThatDoesNotAnswerFailsTheWaveAndRestoresNothing(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            r.lab.powerOff("core-1");

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).as(result.reason()).isNotZero();
            assertThat(result.reason()).contains("wave 1").contains("core-1");
            RunHistory h = r.history(result.runId());
            assertThat(events(h, EventKind.SERVICE_RESTORED)).isEmpty();
            assertThat(events(h, EventKind.WAVE_CONFIRMED)).isEmpty();
            assertThat(h.commits()).filteredOn(c -> c.label().contains("wave-1") && c.device().equals(ACC))
                    .allSatisfy(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CANCELLED));
            assertThat(r.stagedDiff().changes()).isEmpty();
        }
    }

    @Test
    void aCommitTheDeviceRejectsStopsTheRunWithNothingPending(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            String spareBefore = r.running(SPARE);
            r.lab.lab().rejectNextCommit(SPARE);

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.reason()).contains("acc-1/staged-push").contains("commit")
                    .contains("acc-1 refused the change, nothing changed on it").doesNotContain("outcome unknown");
            assertThat(r.running(SPARE)).isEqualTo(spareBefore);
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            RunHistory h = r.history(result.runId());
            assertThat(h.run().outcome()).contains(Outcome.FAILED);
            assertThat(h.steps()).anySatisfy(s -> {
                assertThat(s.detail()).startsWith("acc-1/staged-push");
                assertThat(s.outcome()).contains(Outcome.FAILED);
            });
            assertThat(r.journal.pendingCommits(result.runId())).isEmpty();
        }
    }

    @Test
    void aLockHeldByAnotherSessionStopsTheRunBeforeAnythingChanges(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            String spareBefore = r.running(SPARE);
            r.lab.lab().holdLock(SPARE, Datastore.CANDIDATE);

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.reason()).containsIgnoringCase("lock");
            assertThat(r.running(SPARE)).isEqualTo(spareBefore);
            assertThat(r.running("core-1")).isEqualTo(r.coreRunningBefore);
            RunHistory h = r.history(result.runId());
            assertThat(h.commits()).isEmpty();
            assertThat(h.steps()).anySatisfy(s -> assertThat(s.outcome()).contains(Outcome.FAILED));
        }
    }

    @Test
    void aSessionDroppedRightAfterAConfirmedCommitRollsBackOnTheDeviceAndResumeRecovers(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            String spareBefore = r.running(SPARE);
            Progress dropAfterCommit = e -> {
                if (e.step().equals("acc-1/staged-push") && e.status() == Progress.Status.OK) r.lab.lab().dropSessionAfter(SPARE, 0);
            };

            RunResult first = r.replace(dropAfterCommit, AccessReplacement.settings().withConfirmTimeout(Duration.ofSeconds(2)));

            assertThat(first.exitCode()).isEqualTo(3);
            assertThat(r.journal.pendingCommits(first.runId())).extracting(PendingCommit::label).containsExactly("acc-1/staged-push");
            // the device rolls back by itself when the confirm timeout passes
            waitFor(() -> r.running(SPARE).equals(spareBefore), Duration.ofSeconds(20));

            RunResult resumed = r.resume(Progress.silent(), first.runId());

            assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.goldenDiff("core-1").changes()).isEmpty();
            RunHistory h = r.history(first.runId());
            assertThat(h.run().outcome()).contains(Outcome.OK);
            assertThat(events(h, EventKind.RESUMED)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("acc-1/staged-push cancelled on acc-1 (already rolled back)"));
            assertThat(r.journal.pendingCommits(first.runId())).isEmpty();
        }
    }

    @Test
    void anOldSwitchThatComesBackMidRunIsReportedAndNeverConfigured(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            Progress powerBack = e -> {
                if (e.step().equals("acc-1/confirm-push") && e.status() == Progress.Status.OK) {
                    try {
                        r.lab.lab().powerOn(ACC);
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }
            };

            RunResult result = r.replace(powerBack, AccessReplacement.settings());

            assertThat(result.exitCode()).as(result.reason()).isZero();
            assertThat(result.notes()).singleElement().asString().contains("the old acc-1 answers again");
            assertThat(r.lab.lab().get(ACC).powered()).isTrue();
            assertThat(r.running(ACC)).isEqualTo(r.oldRunning);
            assertThat(r.lab.lab().get(ACC).openSessions()).isZero();
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            RunHistory h = r.history(result.runId());
            assertThat(events(h, EventKind.OLD_DEVICE_SEEN)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("not configured"));
            assertThat(h.run().outcome()).contains(Outcome.OK);
        }
    }

    @Test
    void anUnknownHostKeyIsRefusedUnlessTrustedOnFirstUseAndThenRecorded(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            Path knownHosts = r.lab.lab().knownHosts();
            String entry = "[127.0.0.1]:" + r.lab.lab().get(SPARE).port() + " ";
            java.nio.file.Files.write(knownHosts, java.nio.file.Files.readAllLines(knownHosts).stream()
                    .filter(l -> !l.startsWith(entry)).toList());
            String spareBefore = r.running(SPARE);

            RunResult refused = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(refused.exitCode()).isEqualTo(3);
            assertThat(refused.reason()).containsIgnoringCase("host key");
            assertThat(r.running(SPARE)).isEqualTo(spareBefore);
            assertThat(java.nio.file.Files.readString(knownHosts)).doesNotContain(entry);

            RunResult trusted = r.replace(Progress.silent(), AccessReplacement.settings().withTrustNewHostKeys(true));

            assertThat(trusted.exitCode()).as(trusted.reason()).isZero();
            assertThat(java.nio.file.Files.readString(knownHosts)).contains(entry);
            assertThat(r.goldenDiff(ACC).changes()).isEmpty();
            assertThat(r.history(trusted.runId()).run().arguments()).contains("--trust-new-host-keys");
            assertThat(r.history(trusted.runId()).devices()).singleElement()
                    .satisfies(d -> assertThat(d.hostKeyFingerprint()).startsWith("SHA256:"));
        }
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s", timeout).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    static List<EventKind> kinds(RunHistory h) {
        return h.events().stream().map(Event::kind).toList();
    }

    static List<Event> events(RunHistory h, EventKind kind) {
        return h.events().stream().filter(e -> e.kind() == kind).toList();
    }
}
