package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.audit.AuditFixtures.configDrift;
import static org.switchover.audit.AuditFixtures.finding;
import static org.switchover.audit.AuditFixtures.healthy;
import static org.switchover.audit.AuditFixtures.site;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.inventory.Site;
import org.switchover.inventory.Suppression;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;

class AuditRemediationTest {

    @TempDir
    Path dir;

    private final Site site = site();
    private static final ConfigDiff DRIFT = new ConfigDiff(List.of(new ConfigChange("/interfaces/interface[name=ge-0/0/1]/config/description", "x", "y")));

    private static AuditReport report(AuditDeviceResult... d) {
        return AuditReport.of("unit", AuditFixtures.T0, AuditFixtures.T0, List.of(d), List.of(), List.of());
    }

    @Test
    void planPushesOnlyToReachableDevicesWithConfigDrift() {
        Suppression s = new Suppression("core1", "/system", "ops");
        var plan = AuditRemediationPlan.of(report(
                AuditDeviceResult.of("core1", List.of(configDrift("core1", "/interfaces/x", "a", "b"),
                        configDrift("core1", "/system/ntp", "c", "d")), AuditSuppressions.of(List.of(s)), Duration.ZERO),
                AuditDeviceResult.of("acc1", List.of(finding("acc1", AuditFindingKind.PORT_DOWN, "/state/p", "down")),
                        AuditSuppressions.none(), Duration.ZERO),
                AuditDeviceResult.of("acc2", List.of(configDrift("acc2", "/x", "a", "b"), finding("acc2", AuditFindingKind.UNREACHABLE, "/", "lost")),
                        AuditSuppressions.none(), Duration.ZERO),
                AuditDeviceResult.of("acc3", List.of(), AuditSuppressions.none(), Duration.ZERO)));
        assertThat(plan.pushes()).extracting(AuditRemediationPlan.Push::device).containsExactly("core1");
        assertThat(plan.pushes().get(0).alsoResets()).extracting(AuditFinding::path).containsExactly("/system/ntp");
        assertThat(plan.skipped()).extracting(AuditRemediationPlan.Skip::device).containsExactly("acc1", "acc2");
        assertThat(plan.describe()).contains("would push golden config to core1").contains("also resets suppressed /system/ntp")
                .contains("leaves acc1 alone: state drift only").contains("leaves acc2 alone: unreachable");
    }

    private List<AuditRemediation.DeviceOutcome> remediate(FakeAuditDriver driver, Journal journal) {
        var plan = new AuditRemediationPlan(List.of(new AuditRemediationPlan.Push("acc1", List.of(), List.of())), List.of());
        return new AuditRemediation(timeout -> (d, address, trust) -> driver, AuditRunnerTest::golden, journal)
                .apply(site, plan, Duration.ofSeconds(120), Duration.ofSeconds(10), List.of("audit", "--remediate", "--yes"));
    }

    @Test
    void aPushThatVerifiesIsConfirmedAndJournaled() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            var out = remediate(driver, j);
            assertThat(out).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(AuditRemediation.Result.FIXED));
            assertThat(driver.commits).isEqualTo(1);
            assertThat(driver.confirmed).isTrue();
            assertThat(driver.cancelled).isFalse();
            long run = j.runs(1).get(0).id();
            assertThat(j.run(run).orElseThrow().outcome()).contains(Outcome.OK);
            assertThat(j.pendingCommits(run)).isEmpty();
            assertThat(j.steps(run)).hasSize(2).allSatisfy(s -> assertThat(s.device()).isEqualTo("acc1"));
            assertThat(j.steps(run).get(1)).satisfies(s -> {
                assertThat(s.action()).isEqualTo("save startup");
                assertThat(s.outcome()).contains(Outcome.OK);
            });
        }
    }

    @Test
    void aPushThatLeavesDifferencesIsCancelled() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        driver.diffAfterCommit = null; // the commit does not take
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            var out = remediate(driver, j);
            assertThat(out.get(0).result()).isEqualTo(AuditRemediation.Result.ROLLED_BACK);
            assertThat(out.get(0).message()).contains("1 difference(s) remain");
            assertThat(driver.cancelled).isTrue();
            assertThat(driver.confirmed).isFalse();
            assertThat(j.runs(1).get(0).outcome()).contains(Outcome.FAILED);
        }
    }

    @Test
    void aDeviceAlreadyCompliantIsLeftAsItIs() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), ConfigDiff.empty(), false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            assertThat(remediate(driver, j).get(0).result()).isEqualTo(AuditRemediation.Result.ALREADY_COMPLIANT);
            assertThat(driver.commits).isZero();
        }
    }

    @Test
    void anInterruptedRemediationIsSettledOnResumeFromWhatTheDeviceRuns() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), ConfigDiff.empty(), false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            long run = j.startRun(org.switchover.journal.RunKind.REMEDIATE, "site.yaml", List.of("audit", "--remediate"));
            j.takeLeases(run, List.of("acc1"));
            j.commitPending(run, "acc1", "remediate-" + run + "-acc1", "remediation", Duration.ofSeconds(120));

            var out = new AuditRemediation(timeout -> (d, address, trust) -> driver, AuditRunnerTest::golden, j).resume(site, run, Duration.ofSeconds(10));

            assertThat(out).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(AuditRemediation.Result.FIXED));
            assertThat(driver.confirmed).isTrue();
            assertThat(driver.cancelled).isFalse();
            assertThat(j.pendingCommits(run)).isEmpty();
            assertThat(j.run(run).orElseThrow().outcome()).contains(Outcome.OK);
            assertThat(j.leases()).isEmpty();
        }
    }

    @Test
    void aRemediationCutShortInADevicesStepIsCarriedToTheEndOnResume() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            // the controller died inside acc1's step, before it journaled a commit: acc1 still drifts
            long run = j.startRun(org.switchover.journal.RunKind.REMEDIATE, "site.yaml", List.of("audit", "--remediate"));
            j.takeLeases(run, List.of("acc1"));
            j.beginStep(run, "acc1", "remediate", "push golden config under confirmed commit");

            var out = new AuditRemediation(timeout -> (d, address, trust) -> driver, AuditRunnerTest::golden, j).resume(site, run, Duration.ofSeconds(10));

            assertThat(out).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(AuditRemediation.Result.FIXED));
            assertThat(driver.commits).isEqualTo(1);
            assertThat(driver.confirmed).isTrue();
            assertThat(j.steps(run)).filteredOn(s -> s.action().equals("remediate")).extracting(s -> s.outcome().orElseThrow())
                    .containsExactly(Outcome.FAILED, Outcome.OK);
            assertThat(j.steps(run).get(0).message()).startsWith("interrupted");
            assertThat(j.run(run).orElseThrow().outcome()).contains(Outcome.OK);
            assertThat(j.pendingCommits(run)).isEmpty();
            assertThat(j.leases()).isEmpty();
        }
    }

    @Test
    void aRemediationThatDiedBeforeItLeasedItsDevicesEndsOnResumeAsHavingChangedNothing() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            long run = j.startRun(org.switchover.journal.RunKind.REMEDIATE, "site.yaml", List.of("audit", "--remediate"));

            var out = new AuditRemediation(timeout -> (d, address, trust) -> driver, AuditRunnerTest::golden, j).resume(site, run, Duration.ofSeconds(10));

            assertThat(out).isEmpty();
            assertThat(driver.commits).isZero();
            assertThat(j.run(run).orElseThrow().outcome()).as("not ok: the drift is still there").contains(Outcome.FAILED);
            assertThat(j.run(run).orElseThrow().message()).isEqualTo(AuditRemediation.UNSTARTED);
        }
    }

    @Test
    void aDeviceCutShortTwiceByTheRunAndByItsFirstResumeIsStillRemediated() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            long run = j.startRun(org.switchover.journal.RunKind.REMEDIATE, "site.yaml", List.of("audit", "--remediate"));
            j.takeLeases(run, List.of("acc1"));
            j.beginStep(run, "acc1", "remediate", "push golden config under confirmed commit");
            // the first resume closed that step as interrupted, began acc1 again, and died too
            j.closeInterruptedSteps(run, "resume settled what it left");
            j.beginStep(run, "acc1", "remediate", "push golden config under confirmed commit");

            var out = new AuditRemediation(timeout -> (d, address, trust) -> driver, AuditRunnerTest::golden, j).resume(site, run, Duration.ofSeconds(10));

            assertThat(out).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(AuditRemediation.Result.FIXED));
            assertThat(driver.confirmed).isTrue();
            assertThat(j.steps(run)).filteredOn(s -> s.action().equals("remediate")).extracting(s -> s.outcome().orElseThrow())
                    .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.OK);
            assertThat(j.run(run).orElseThrow().outcome()).contains(Outcome.OK);
        }
    }

    @Test
    void aDeviceWhoseCommitResumeCancelledIsPushedAgainUnderAFreshPersistId() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            // journaled, never sent: acc1 does not run golden, so resume cancels the commit, then remediates acc1 anew
            long run = j.startRun(org.switchover.journal.RunKind.REMEDIATE, "site.yaml", List.of("audit", "--remediate"));
            j.takeLeases(run, List.of("acc1"));
            j.beginStep(run, "acc1", "remediate", "push golden config under confirmed commit");
            j.commitPending(run, "acc1", "remediate-" + run + "-acc1", "remediation", Duration.ofSeconds(120));

            var out = new AuditRemediation(timeout -> (d, address, trust) -> driver, AuditRunnerTest::golden, j).resume(site, run, Duration.ofSeconds(10));

            assertThat(out).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(AuditRemediation.Result.FIXED));
            assertThat(j.commits(run)).extracting(c -> c.persistId() + " " + c.state())
                    .containsExactly("remediate-" + run + "-acc1 CANCELLED", "remediate-" + run + "-acc1-2 CONFIRMED");
            assertThat(j.run(run).orElseThrow().outcome()).contains(Outcome.OK);
        }
    }

    @Test
    void aRemediationOfADeviceAnotherRunHoldsIsRefusedBeforeAnyPush() {
        FakeAuditDriver driver = new FakeAuditDriver("acc1", healthy(site, "acc1"), DRIFT, false);
        try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            long replacement = j.startRun(org.switchover.journal.RunKind.REPLACE, "site.yaml", List.of());
            j.takeLeases(replacement, List.of("acc1", "core1"));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> remediate(driver, j))
                    .isInstanceOf(org.switchover.journal.LeaseRefusedException.class)
                    .hasMessageContaining("acc1 is held by run " + replacement);
            assertThat(driver.commits).isZero();
            assertThat(j.runs(1).get(0).outcome()).contains(Outcome.FAILED);
        }
    }
}
