package org.switchover.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;

class JournalTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

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
    void runsAndStepsAreWrittenBeforeAndAfterTheyAct() {
        long run = journal.startRun(RunKind.REPLACE, "sites/city/site.yaml", List.of("replace", "--replace", "core-1=127.0.0.1:4830"));
        clock.advance(Duration.ofSeconds(2));
        long step = journal.beginStep(run, "core-1", "push-staged", "golden config, data ports down");

        Step begun = journal.steps(run).get(0);
        assertThat(begun.started()).isEqualTo(T0.plusSeconds(2));
        assertThat(begun.finished()).isEmpty();
        assertThat(begun.outcome()).isEmpty();

        clock.advance(Duration.ofMillis(1500));
        journal.finishStep(step, Outcome.OK, "compliance diff empty");
        journal.finishRun(run, Outcome.OK, "1 switch replaced");

        Step done = journal.steps(run).get(0);
        assertThat(done.finished()).contains(T0.plusMillis(3500));
        assertThat(done.outcome()).contains(Outcome.OK);
        assertThat(done.message()).isEqualTo("compliance diff empty");
        Run r = journal.run(run).orElseThrow();
        assertThat(r.kind()).isEqualTo(RunKind.REPLACE);
        assertThat(r.user()).isEqualTo("operator");
        assertThat(r.arguments()).containsExactly("replace", "--replace", "core-1=127.0.0.1:4830");
        assertThat(r.outcome()).contains(Outcome.OK);
        assertThat(r.isFinished()).isTrue();
    }

    @Test
    void stepsAProcessDiedInAreClosedAsInterruptedOnceAndOnlyThoseOfTheRun() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of("replace"));
        long pushed = journal.beginStep(run, "core-1", "push-staged", "core-1/staged-push: golden");
        journal.finishStep(pushed, Outcome.OK, "committed");
        journal.beginStep(run, "core-1", "flip", "core-1/wave-1/flip: wave 1");
        long other = journal.startRun(RunKind.REPLACE, "site.yaml", List.of("replace"));
        journal.beginStep(other, "acc-1", "flip", "acc-1/wave-1/flip: wave 1");
        clock.advance(Duration.ofSeconds(5));

        assertThat(journal.closeInterruptedSteps(run, "resume settled it")).isEqualTo(1);

        List<Step> steps = journal.steps(run);
        assertThat(steps.get(0).outcome()).contains(Outcome.OK);
        assertThat(steps.get(0).message()).isEqualTo("committed");
        assertThat(steps.get(1).outcome()).contains(Outcome.FAILED);
        assertThat(steps.get(1).message()).isEqualTo(Step.INTERRUPTED + "resume settled it");
        assertThat(steps.get(1).interrupted()).isTrue();
        assertThat(steps.get(0).interrupted()).isFalse();
        assertThat(steps.get(1).finished()).contains(T0.plusSeconds(5));
        assertThat(journal.steps(other).get(0).outcome()).as("another run's step").isEmpty();
        assertThat(journal.closeInterruptedSteps(run, "again")).isZero();
    }

    @Test
    void aRunEndsWithItsLeasesFreedOrNotAtAll() throws Exception {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of("replace"));
        journal.takeLeases(run, List.of("acc-1", "core-1"));
        // the second half of ending a run fails (as if the process died between the two writes)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("switchover.db"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER no_release BEFORE DELETE ON leases BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        }

        assertThatThrownBy(() -> journal.finishRun(run, Outcome.OK, "replaced acc-1")).isInstanceOf(JournalException.class);

        assertThat(journal.run(run).orElseThrow().isFinished()).as("not ended while its leases are held").isFalse();
        assertThat(journal.leases()).extracting(Lease::device).containsExactly("acc-1", "core-1");
    }

    @Test
    void runsAreListedNewestFirst() {
        long a = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        long b = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        assertThat(journal.runs(10)).extracting(Run::id).containsExactly(b, a);
        assertThat(journal.runs(1)).extracting(Run::id).containsExactly(b);
        assertThat(journal.run(999)).isEmpty();
    }

    @Test
    void eventsComeBackInTimeOrderIncludingOnesBeforeTheRun() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        clock.advance(Duration.ofMinutes(5));
        journal.event(run, EventKind.WAVE_STARTED, null, null, "wave 1: cctv");
        journal.event(run, EventKind.SERVICE_DOWN, T0.minus(Duration.ofHours(1)), null, "cctv", "core-1 failed");
        List<Event> events = journal.events(run);
        assertThat(events).extracting(Event::kind).containsExactly(EventKind.SERVICE_DOWN, EventKind.WAVE_STARTED);
        assertThat(events.get(0).at()).isEqualTo(T0.minus(Duration.ofHours(1)));
        assertThat(events.get(0).service()).contains("cctv");
        assertThat(events.get(0).device()).isEmpty();
    }

    @Test
    void pendingCommitsAreWhatResumeMustSettle() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.commitPending(run, "core-1", "sw-1-w1", "wave 1", Duration.ofSeconds(120));
        journal.commitPending(run, "dist-1", "sw-1-w1", "wave 1", Duration.ofSeconds(120));
        journal.commitPending(run, "dist-2", "sw-1-w1", "wave 1", Duration.ofSeconds(120));
        clock.advance(Duration.ofSeconds(30));
        journal.commitConfirmed("core-1", "sw-1-w1");
        journal.commitCancelled("dist-2", "sw-1-w1");

        assertThat(journal.pendingCommits(run)).singleElement().satisfies(c -> {
            assertThat(c.device()).isEqualTo("dist-1");
            assertThat(c.persistId()).isEqualTo("sw-1-w1");
            assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(120));
            assertThat(c.state()).isEqualTo(PendingCommit.State.PENDING);
        });
        assertThat(journal.commits(run)).extracting(PendingCommit::state).containsExactly(
                PendingCommit.State.CONFIRMED, PendingCommit.State.PENDING, PendingCommit.State.CANCELLED);
        assertThat(journal.commits(run).get(0).updated()).isEqualTo(T0.plusSeconds(30));
        assertThatThrownBy(() -> journal.commitConfirmed("core-9", "nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("persist-id nope on core-9");
    }

    @Test
    void evidenceIsStored() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
        journal.recordDevice(run, "core-1", true, "127.0.0.1:4830", "OC-48", "SN-NEW-0001", "SHA256:abcd");
        journal.recordDiff(run, "core-1", "compliance after staged push", ConfigDiff.empty());
        journal.recordDiff(run, "core-1", "before push", new ConfigDiff(List.of(
                new ConfigChange("/interfaces/interface[name=eth1]/config/enabled", null, "false"))));
        journal.recordCheck(run, "core-1", "lldp", true, "eth1 hears dist-1 eth48");

        assertThat(journal.devices(run)).singleElement().satisfies(d -> {
            assertThat(d.serial()).isEqualTo("SN-NEW-0001");
            assertThat(d.newHardware()).isTrue();
            assertThat(d.hostKeyFingerprint()).isEqualTo("SHA256:abcd");
        });
        assertThat(journal.diffs(run)).extracting(DiffRecord::changes).containsExactly(0, 1);
        assertThat(journal.diffs(run).get(1).rendered())
                .isEqualTo("+ /interfaces/interface[name=eth1]/config/enabled = false\n");
        assertThat(journal.checks(run)).singleElement().extracting(CheckRecord::passed).isEqualTo(true);
    }

    @Test
    void secretLookingValuesAreRedactedNeverRefused() {
        long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of("--password", "hunter2", "--token=abc123", "--yes"));
        assertThat(String.join(" ", journal.runs(10).get(0).arguments())).doesNotContain("hunter2", "abc123").contains("--yes");
        journal.beginStep(run, "core-1", "open", "password=hunter2");
        journal.event(run, EventKind.NOTE, null, null, "key -----BEGIN OPENSSH PRIVATE KEY----- abc");
        journal.recordCheck(run, "core-1", "x", true, "hash $6$saltsalt$abcdefghijkl");
        // a reference is kept as it is
        journal.beginStep(run, "core-1", "open", "password: env:CORE_PASSWORD");

        // a password hash inside a subtree the diff carries as a value must not abort the run
        journal.recordDiff(run, "core-1", "compliance", new ConfigDiff(List.of(
                new ConfigChange("/system/aaa/authentication/users/user[username=ops]/config/password", "old-one", "new-one"),
                new ConfigChange("/system/aaa/authentication/users/user[username=admin]", null,
                        "<user><config><password-hashed>$6$saltsalt$abcdefghijkl</password-hashed></config></user>"))));
        String rendered = journal.diffs(run).get(0).rendered();
        assertThat(rendered).contains("config/password = (redacted)").doesNotContain("old-one", "new-one", "$6$saltsalt");
        assertThat(journal.steps(run)).hasSize(2);
        assertThat(journal.steps(run).get(0).detail()).doesNotContain("hunter2");
        assertThat(journal.steps(run).get(1).detail()).contains("env:CORE_PASSWORD");
        assertThat(journal.checks(run).get(0).detail()).doesNotContain("$6$saltsalt");
    }

    @Test
    void auditsKeepFirstSeenAndLastSeen() {
        ObservedFinding drift = new ObservedFinding("acc-1", "config-drift", "/interfaces/interface[name=eth3]/config/enabled", "false, golden true");
        ObservedFinding down = new ObservedFinding("acc-2", "port-down", "eth1", "oper down");

        long a1 = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        journal.recordAudit(a1, List.of("acc-1", "acc-2"), 0, 2, 0, List.of(drift, down));
        clock.advance(Duration.ofHours(6));
        long a2 = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        journal.recordAudit(a2, List.of("acc-1", "acc-2"), 1, 1, 0, List.of(drift));
        clock.advance(Duration.ofHours(6));
        long a3 = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        journal.recordAudit(a3, List.of("acc-1", "acc-2"), 1, 1, 0, List.of(down));

        Finding d = journal.findings(a2).get(0);
        assertThat(d.subject()).isEqualTo(drift.subject());
        assertThat(d.firstSeen()).isEqualTo(T0);
        assertThat(d.firstRun()).isEqualTo(a1);
        assertThat(d.resolved()).contains(T0.plus(Duration.ofHours(12)));

        // port-down was resolved by a2 and came back in a3: a new finding with its own first-seen
        assertThat(journal.openFindings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("port-down");
            assertThat(f.firstSeen()).isEqualTo(T0.plus(Duration.ofHours(12)));
            assertThat(f.firstRun()).isEqualTo(a3);
        });
        assertThat(journal.audits(10)).extracting(s -> s.run().id()).containsExactly(a3, a2, a1);
        assertThat(journal.audits(10).get(2).drifted()).isEqualTo(2);
    }

    @Test
    void findingsOfDevicesNotAuditedStayOpen() {
        ObservedFinding drift = new ObservedFinding("acc-1", "config-drift", "/x", "d");
        long a1 = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        journal.recordAudit(a1, List.of("acc-1"), 0, 1, 0, List.of(drift));
        clock.advance(Duration.ofHours(1));
        long a2 = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        journal.recordAudit(a2, List.of("acc-2"), 0, 0, 1, List.of());
        assertThat(journal.openFindings()).singleElement().satisfies(f -> {
            assertThat(f.lastSeen()).isEqualTo(T0);
            assertThat(f.lastRun()).isEqualTo(a1);
        });
    }

    @Test
    void schemaVersionIsRecordedAndNewerFilesAreRefused() throws Exception {
        Path file = dir.resolve("switchover.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Schema.VERSION);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Journal.open(file, clock))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer switchover (schema version 99");
    }

    @Test
    void reopeningAfterAProcessDiedMidStepKeepsEveryCommittedRow() throws Exception {
        Path file = dir.resolve("crash.db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CrashingWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isEqualTo(137);
        assertThat(file.resolveSibling("crash.db-wal")).exists();

        try (Journal reopened = Journal.open(file, clock)) {
            Run run = reopened.runs(1).get(0);
            assertThat(output).contains("run=" + run.id());
            assertThat(run.isFinished()).isFalse();
            List<Step> steps = reopened.steps(run.id());
            assertThat(steps).extracting(Step::action).containsExactly("push-staged", "flip");
            assertThat(steps.get(0).outcome()).contains(Outcome.OK);
            assertThat(steps.get(1).outcome()).as("the step the process died in").isEmpty();
            assertThat(reopened.pendingCommits(run.id())).extracting(PendingCommit::persistId).containsExactly("run-1-wave-1");
            // and the file takes writes again
            reopened.finishRun(run.id(), Outcome.ROLLED_BACK, "resumed: cancelled wave 1");
            assertThat(reopened.run(run.id()).orElseThrow().outcome()).contains(Outcome.ROLLED_BACK);
        }
    }

    @Test
    void unclosedConnectionDoesNotBlockAnotherOpen() {
        Journal abandoned = Journal.open(dir.resolve("switchover.db"), clock);
        long run = abandoned.startRun(RunKind.VERIFY, "site.yaml", List.of());
        abandoned.beginStep(run, "acc-1", "verify", "");
        try (Journal second = Journal.open(dir.resolve("switchover.db"), clock)) {
            assertThat(second.steps(run)).hasSize(1);
            second.finishRun(run, Outcome.OK, "");
        }
        assertThat(abandoned.run(run).orElseThrow().outcome()).contains(Outcome.OK);
        abandoned.close();
    }

    @Test
    void concurrentWritersThroughOneJournalAndThroughTwoConnections() throws Exception {
        Path file = dir.resolve("switchover.db");
        long run = journal.startRun(RunKind.AUDIT, "site.yaml", List.of());
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try (Journal other = Journal.open(file, clock)) {
            for (int t = 0; t < threads; t++) {
                Journal j = t % 2 == 0 ? journal : other;
                String device = "acc-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        long step = j.beginStep(run, device, "audit", "pass " + i);
                        j.recordCheck(run, device, "port-" + i, i % 2 == 0, "");
                        j.finishStep(step, Outcome.OK, "");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Step> steps = journal.steps(run);
        assertThat(steps).hasSize(threads * perThread);
        assertThat(steps).allSatisfy(s -> assertThat(s.outcome()).contains(Outcome.OK));
        assertThat(steps).extracting(Step::id).doesNotHaveDuplicates();
        assertThat(journal.checks(run)).hasSize(threads * perThread);
    }
}
