package org.switchover.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.ConfigPayload;

/** What the journal guarantees the confirmed-change engine: durable pending rows, emulated commits' copies, leases, plans. */
class JournalSafetyTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final ConfigPayload COPY = new ConfigPayload("acc-1",
            "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><interfaces xmlns=\"http://openconfig.net/yang/interfaces\"/></config>",
            List.of(new ConfigPayload.Subtree("http://openconfig.net/yang/interfaces", "interfaces"),
                    new ConfigPayload.Subtree("http://openconfig.net/yang/vlan", "vlans")));

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(T0);
    private Journal journal;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("switchover.db"), clock, "operator");
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void everyWriteIsSyncedToDiskSoAPowerLossKeepsTheCommitPendingRow() {
        assertThat(journal.pragma("synchronous")).as("PRAGMA synchronous: 2 is FULL").isEqualTo(2);
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.finishStep(journal.beginStep(run, "acc-1", "push-staged", "acc-1/staged-push: golden"), Outcome.OK, "");
        journal.event(run, EventKind.NOTE, "acc-1", null, "steps and events are written relaxed");
        assertThat(journal.pragma("synchronous")).as("back to FULL after a relaxed write").isEqualTo(2);
    }

    @Test
    void anEmulatedCommitKeepsItsModeAndTheSavedCopyOfRunningForAnotherProcess() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.commitPending(run, "acc-1", "p-1", "acc-1/wave-1/flip", Duration.ofSeconds(60), PendingCommit.Mode.EMULATED,
                Optional.of(COPY));
        journal.commitPending(run, "core-1", "p-1", "acc-1/wave-1/flip", Duration.ofSeconds(60));
        journal.close();

        journal = Journal.open(dir.resolve("switchover.db"), clock, "operator");
        List<PendingCommit> pending = journal.pendingCommits(run);

        assertThat(pending).extracting(PendingCommit::mode).containsExactly(PendingCommit.Mode.EMULATED, PendingCommit.Mode.NATIVE);
        assertThat(pending.get(0).savedRunning()).contains(COPY);
        assertThat(pending.get(1).savedRunning()).isEmpty();
        assertThat(pending.get(0).deadline()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void anEmulatedCommitWithoutItsCopyOrWithASecretInItIsRefusedBeforeAnythingIsCommitted() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        assertThatThrownBy(() -> journal.commitPending(run, "acc-1", "p-1", "x", Duration.ofSeconds(60), PendingCommit.Mode.EMULATED,
                Optional.empty())).hasMessageContaining("needs the saved copy of running");
        ConfigPayload secret = new ConfigPayload("acc-1", "<config><system><password>$6$abcdefgh$0123456789abcdef</password></system></config>",
                COPY.ownedSubtrees());
        assertThatThrownBy(() -> journal.commitPending(run, "acc-1", "p-1", "x", Duration.ofSeconds(60), PendingCommit.Mode.EMULATED,
                Optional.of(secret))).hasMessageContaining("refusing to change acc-1").hasMessageNotContaining("$6$");
        assertThat(journal.commits(run)).isEmpty();
    }

    @Test
    void aLeasedDeviceRefusesASecondRunNamingTheHolderUntilTheFirstRunEnds() {
        long first = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.takeLeases(first, List.of("acc-1", "core-1"));
        clock.advance(Duration.ofMinutes(3));
        Journal other = Journal.open(dir.resolve("switchover.db"), clock, "night-shift");
        try {
            long second = other.startRun(RunKind.REMEDIATE, "site.yaml", List.of());

            assertThatThrownBy(() -> other.takeLeases(second, List.of("core-1", "acc-2")))
                    .isInstanceOf(LeaseRefusedException.class)
                    .hasMessageContaining("core-1 is held by run " + first + " of operator, started " + T0)
                    .hasMessageContaining("switchover resume " + first).hasMessageContaining("journal break-lease core-1");
            assertThat(journal.leases()).extracting(Lease::device).containsExactly("acc-1", "core-1");

            journal.takeLeases(first, List.of("core-1")); // a resume keeps what its run holds
            journal.finishRun(first, Outcome.OK, "replaced acc-1");
            other.takeLeases(second, List.of("core-1", "acc-2"));
            assertThat(journal.leases()).extracting(Lease::runId).containsOnly(second);
        } finally {
            other.close();
        }
    }

    @Test
    void aRunThatStopsWithACommitPendingKeepsItsLeasesUntilBrokenExplicitly() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.takeLeases(run, List.of("acc-1"));
        journal.commitPending(run, "acc-1", "p-1", "acc-1/staged-push", Duration.ofSeconds(60));
        journal.finishRun(run, Outcome.FAILED, "session dropped");

        assertThat(journal.leases()).extracting(Lease::device).containsExactly("acc-1");
        assertThat(journal.breakLease("acc-1")).hasValueSatisfying(l -> assertThat(l.runId()).isEqualTo(run));
        assertThat(journal.leases()).isEmpty();
        assertThat(journal.breakLease("acc-1")).isEmpty();
    }

    @Test
    void aRunsPlanIsKeptForResumeWithoutASiteTextThatLooksSecret() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        var templates = new java.util.TreeMap<String, String>(java.util.Map.of("openconfig/access.xml.j2", "ab12"));
        JournaledPlan plan = new JournaledPlan("/sites/site.yaml", "cd34", Optional.of("site:\n  name: x\n"), templates,
                List.of("--site", "/sites/site.yaml"), List.of("acc-2"), List.of("acc-1/pre-check: check", "acc-1/staged-push: push"));
        journal.recordPlan(run, plan);
        long secret = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.recordPlan(secret, new JournaledPlan("/s.yaml", "ef56", Optional.of("secret: $6$abcdefgh$0123456789abcdef"),
                templates, List.of(), List.of(), List.of()));

        assertThat(journal.plan(run)).contains(plan);
        assertThat(journal.plan(secret)).hasValueSatisfying(p -> assertThat(p.siteText()).isEmpty());
        assertThat(journal.plan(run + 100)).isEmpty();
    }
}
