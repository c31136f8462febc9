package org.switchover.journal;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigDiff.ConfigChange;

/**
 * The record of everything switchover does, in one SQLite file (default
 * {@value #DEFAULT_FILE}) that people can also read with {@code sqlite3}. Records in, records out;
 * no other package sees SQL. Safe to share between threads (audits write from several); several
 * processes may open the same file (WAL mode, writers wait up to 10 s for each other).
 *
 * <h2>What a replacement writes, and when</h2>
 * <ol>
 *   <li>{@link #startRun} before touching anything; {@link #finishRun} at the end, also on failure.
 *   <li>Around every action on a device: {@link #beginStep} before it acts and {@link #finishStep}
 *       after, so that a step begun and never finished tells {@code resume} where the controller
 *       died. Actions are short verbs: {@code precheck}, {@code push-staged}, {@code commit-confirmed},
 *       {@code confirm}, {@code cancel}, {@code flip}, {@code verify}; detail says what exactly.
 *   <li>{@link #recordDevice} for every device whose facts were read; {@code newHardware} for the
 *       replacement switch (its serial is evidence in the report).
 *   <li>{@link #commitPending} <em>before</em> sending a commit confirmed with a persist-id, then
 *       {@link #commitConfirmed} or {@link #commitCancelled} after the device answered; resume
 *       reads {@link #pendingCommits}.
 *   <li>{@link #recordDiff} for each compliance diff (an empty one is evidence) and
 *       {@link #recordCheck} for each check result.
 *   <li>{@link #event} for the timeline, in the vocabulary of {@link EventKind}: at least
 *       {@code DEVICE_FAILED} per failed device, {@code SERVICE_DOWN} per affected service with
 *       its "down since" time, {@code WAVE_STARTED}/{@code WAVE_CONFIRMED}/{@code WAVE_ROLLED_BACK}
 *       per wave, {@code SERVICE_RESTORED} per service when its wave is confirmed, and
 *       {@code DEVICE_REPLACED} per device once its replacement carries traffic. The incident
 *       report computes per-service downtime from {@code SERVICE_DOWN} and {@code SERVICE_RESTORED}.
 * </ol>
 * Audits start a run of kind {@link RunKind#AUDIT} and call {@link #recordAudit} once with their
 * totals and findings.
 *
 * <h2>Durability</h2>
 * The file is written with {@code synchronous=FULL}: what resume and the next run depend on (runs,
 * their plans, leases, a commit about to be sent) is on disk before the call returns, power loss
 * or not. Steps, events, evidence and a commit's outcome are written relaxed (they survive a
 * killed process; the next FULL write syncs them), as resume re-reads the devices anyway and a
 * sync each would cost more than the replacement itself.
 *
 * <h2>No secrets</h2>
 * Callers pass references to secrets ({@code env:VAR}, a key file path), never their values.
 * As a net under that rule, every text written passes {@link org.switchover.driver.Secrets}: text
 * that looks like a secret (a private key, {@code password=…}, a password hash) and, in diffs,
 * values of password-like leaves are replaced by {@code (redacted)}. Nothing is refused, so a
 * secret in a device's diff never aborts a run.
 */
public final class Journal implements AutoCloseable {

    public static final String DEFAULT_FILE = "switchover.db";

    private final SqliteFile db;
    private final Clock clock;
    private final String user;
    private final FindingRows findings;

    private Journal(SqliteFile db, Clock clock, String user) {
        this.db = db;
        this.clock = clock;
        this.user = user;
        this.findings = new FindingRows(db);
    }

    /** Opens (creating or upgrading as needed) the journal at {@code file}; runs are attributed to the OS user. */
    public static Journal open(Path file, Clock clock) {
        return open(file, clock, System.getProperty("user.name", "unknown"));
    }

    public static Journal open(Path file, Clock clock, String user) {
        SqliteFile db = SqliteFile.open(file);
        try {
            Schema.migrate(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Journal(db, clock, user);
    }

    /**
     * Opens an existing journal to read only (the status page of a run another process writes):
     * nothing is created, upgraded or written; a file of another schema version is refused.
     */
    public static Journal openReadOnly(Path file, Clock clock) {
        SqliteFile db = SqliteFile.openReadOnly(file);
        try {
            int version = db.userVersion();
            if (version != Schema.VERSION) {
                throw new JournalException(file, "has schema version " + version + ", this switchover reads version "
                        + Schema.VERSION + "; open it once with a command that writes it, or use the matching switchover", null);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Journal(db, clock, System.getProperty("user.name", "unknown"));
    }

    public Path file() {
        return db.file();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // -- runs ------------------------------------------------------------------------------

    /** Starts a run and returns its id. {@code arguments} are the command line's, without secrets. */
    public synchronized long startRun(RunKind kind, String siteFile, List<String> arguments) {
        List<String> safe = SecretGuard.checkArguments(arguments);
        return db.insert("INSERT INTO runs(kind, who, started_at, site_file, arguments) VALUES (?,?,?,?,?)",
                kind, user, now(), SecretGuard.check("site file", siteFile), String.join("\u001f", safe));
    }

    /**
     * Records how a run ended. Its leases go with it, unless a commit of it is still pending: then
     * the run is not over for its devices, and {@code resume} inherits them.
     */
    public synchronized void finishRun(long runId, Outcome outcome, String message) {
        String safe = SecretGuard.check("run message", message);
        // one transaction: a run recorded as ended with its leases still held would keep its devices
        // from every later run, and resume, seeing the run ended, would not free them
        db.inTransaction(() -> {
            int n = db.update("UPDATE runs SET finished_at = ?, outcome = ?, message = ? WHERE id = ?", now(), outcome, safe, runId);
            checkArgument(n == 1, "no run %s in %s", runId, db.file());
            if (pendingCommits(runId).isEmpty()) db.update("DELETE FROM leases WHERE run_id = ?", runId);
            return null;
        });
    }

    // -- plans -----------------------------------------------------------------------------

    /**
     * Keeps the plan a run executes, so that resume executes the same one. A site text that looks
     * like it holds a secret is kept by its digest only.
     */
    public synchronized void recordPlan(long runId, JournaledPlan plan) {
        // redacted text replays as a different plan, so resume refuses it rather than run something else
        List<String> steps = plan.steps().stream().map(step -> SecretGuard.check("plan step", step)).toList();
        List<String> arguments = SecretGuard.checkArguments(plan.arguments());
        db.insert("""
                INSERT INTO run_plans(run_id, site_file, site_digest, site_text, templates, arguments, unavailable, steps)
                VALUES (?,?,?,?,?,?,?,?)""",
                runId, plan.siteFile(), plan.siteDigest(), plan.siteText().filter(t -> !SecretGuard.looksSecret(t)).orElse(null),
                String.join(Rows.SEPARATOR, plan.templates().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()),
                String.join(Rows.SEPARATOR, arguments), String.join(Rows.SEPARATOR, plan.unavailable()),
                String.join(Rows.SEPARATOR, steps));
    }

    public synchronized Optional<JournaledPlan> plan(long runId) {
        return db.query("SELECT * FROM run_plans WHERE run_id = ?", Rows::plan, runId).stream().findFirst();
    }

    // -- leases ----------------------------------------------------------------------------

    /**
     * Takes a lease on each of {@code devices} for {@code runId}, all or none: a device leased to
     * another run refuses the whole request, naming every holder. Leases the run already holds
     * (a resume) are kept.
     *
     * @throws LeaseRefusedException when another run holds any of them
     */
    public synchronized void takeLeases(long runId, java.util.Collection<String> devices) {
        db.inTransaction(() -> {
            List<Lease> held = new java.util.ArrayList<>();
            for (String d : new java.util.TreeSet<>(devices)) {
                db.query("SELECT * FROM leases WHERE device = ?", Rows::lease, d).stream()
                        .filter(l -> l.runId() != runId).forEach(held::add);
            }
            if (!held.isEmpty()) throw new LeaseRefusedException(held);
            Instant now = now();
            for (String d : devices) {
                db.update("INSERT INTO leases(device, run_id, who, taken_at) VALUES (?,?,?,?) ON CONFLICT(device) DO NOTHING",
                        d, runId, user, now);
            }
            return null;
        });
    }

    /** Every lease held, by device. */
    public synchronized List<Lease> leases() {
        return db.query("SELECT * FROM leases ORDER BY device", Rows::lease);
    }

    /** Breaks the lease on {@code device} (of a run that died and will not be resumed); the lease broken, if any. */
    public synchronized Optional<Lease> breakLease(String device) {
        Optional<Lease> lease = db.query("SELECT * FROM leases WHERE device = ?", Rows::lease, device).stream().findFirst();
        lease.ifPresent(l -> db.update("DELETE FROM leases WHERE device = ?", device));
        return lease;
    }

    /** The value of a PRAGMA of the open file, as SQLite reports it (for tests and diagnostics). */
    long pragma(String name) {
        return db.pragma(name);
    }

    public synchronized Optional<Run> run(long runId) {
        return db.query("SELECT * FROM runs WHERE id = ?", Rows::run, runId).stream().findFirst();
    }

    /** The most recent runs first, at most {@code limit}. */
    public synchronized List<Run> runs(int limit) {
        return db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", Rows::run, limit);
    }

    /** Everything recorded about a run, if the run exists; writers through this journal wait until it is read. */
    public synchronized Optional<RunHistory> history(long runId) {
        return run(runId).map(r -> new RunHistory(r, steps(runId), events(runId), devices(runId), diffs(runId),
                checks(runId), commits(runId), findings(runId)));
    }

    // -- steps -----------------------------------------------------------------------------

    /** Journals a step about to act on {@code device}; call before acting. Returns the step id. */
    public synchronized long beginStep(long runId, String device, String action, String detail) {
        return db.relaxed(() -> db.insert("INSERT INTO steps(run_id, device, action, detail, started_at) VALUES (?,?,?,?,?)",
                runId, device, action, SecretGuard.check("step detail", detail), now()));
    }

    /** Journals how a step ended; call after it acted, also when it failed. */
    public synchronized void finishStep(long stepId, Outcome outcome, String message) {
        int n = db.relaxed(() -> db.update("UPDATE steps SET finished_at = ?, outcome = ?, message = ? WHERE id = ?",
                now(), outcome, SecretGuard.check("step message", message), stepId));
        checkArgument(n == 1, "no step %s in %s", stepId, db.file());
    }

    /**
     * Closes, as {@link Outcome#FAILED} with a message starting {@link Step#INTERRUPTED} and going on
     * with {@code detail}, every step of {@code runId} that was begun and never finished: the process
     * acting in it died. Resume calls it before it acts, so that the record shows each interrupted
     * step as ended (and resume's re-run as a new step) instead of one that looks like it is still
     * acting. Returns how many it closed.
     */
    public synchronized int closeInterruptedSteps(long runId, String detail) {
        return db.update("UPDATE steps SET finished_at = ?, outcome = ?, message = ? WHERE run_id = ? AND finished_at IS NULL",
                now(), Outcome.FAILED, SecretGuard.check("step message", Step.INTERRUPTED + detail), runId);
    }

    public synchronized List<Step> steps(long runId) {
        return db.query("SELECT * FROM steps WHERE run_id = ? ORDER BY id", Rows::step, runId);
    }

    // -- timeline --------------------------------------------------------------------------

    /** Adds a timeline event happening now; see {@link EventKind} for what each kind carries. */
    public long event(long runId, EventKind kind, String device, String service, String message) {
        return event(runId, kind, now(), device, service, message);
    }

    /** Adds a timeline event that happened at {@code at}, e.g. a service down since before the run. */
    public synchronized long event(long runId, EventKind kind, Instant at, String device, String service, String message) {
        return db.relaxed(() -> db.insert("INSERT INTO events(run_id, at, kind, device, service, message) VALUES (?,?,?,?,?,?)",
                runId, at.truncatedTo(ChronoUnit.MILLIS), kind, device, service, SecretGuard.check("event", message)));
    }

    /** A run's events in time order. */
    public synchronized List<Event> events(long runId) {
        return db.query("SELECT * FROM events WHERE run_id = ? ORDER BY at, id", Rows::event, runId);
    }

    // -- evidence --------------------------------------------------------------------------

    public synchronized void recordDevice(long runId, String device, boolean newHardware, String address,
            String model, String serial, String hostKeyFingerprint) {
        db.relaxed(() -> db.insert("""
                INSERT INTO device_facts(run_id, device, new_hardware, address, model, serial,
                  host_key_fingerprint, recorded_at) VALUES (?,?,?,?,?,?,?,?)""",
                runId, device, newHardware, address, SecretGuard.check("model", model),
                SecretGuard.check("serial", serial), SecretGuard.check("host key fingerprint", hostKeyFingerprint), now()));
    }

    public synchronized List<DeviceRecord> devices(long runId) {
        return db.query("SELECT * FROM device_facts WHERE run_id = ? ORDER BY id", Rows::device, runId);
    }

    /** Stores a diff; values of secret leaves and secret-looking text are replaced by {@code (redacted)} first. */
    public synchronized void recordDiff(long runId, String device, String label, ConfigDiff diff) {
        ConfigDiff safe = SecretGuard.redact(diff);
        db.relaxed(() -> db.insert("INSERT INTO diffs(run_id, device, label, changes, rendered, recorded_at) VALUES (?,?,?,?,?,?)",
                runId, device, label, safe.changes().size(), SecretGuard.check("diff", safe.render()), now()));
    }

    public synchronized List<DiffRecord> diffs(long runId) {
        return db.query("SELECT * FROM diffs WHERE run_id = ? ORDER BY id", Rows::diff, runId);
    }

    public synchronized void recordCheck(long runId, String device, String check, boolean passed, String detail) {
        db.relaxed(() -> db.insert("INSERT INTO checks(run_id, device, name, passed, detail, recorded_at) VALUES (?,?,?,?,?,?)",
                runId, device, check, passed, SecretGuard.check("check detail", detail), now()));
    }

    public synchronized List<CheckRecord> checks(long runId) {
        return db.query("SELECT * FROM checks WHERE run_id = ? ORDER BY id", Rows::check, runId);
    }

    // -- confirmed commits -----------------------------------------------------------------

    /** Records a native confirmed commit about to be sent; call before sending it, so resume knows of it. */
    public synchronized void commitPending(long runId, String device, String persistId, String label, Duration timeout) {
        commitPending(runId, device, persistId, label, timeout, PendingCommit.Mode.NATIVE, Optional.empty());
    }

    /**
     * Records a confirmed commit about to be sent, with who rolls it back and, for an emulated
     * one, the copy of running to restore: after a crash only this row knows it. A copy that looks
     * like it holds a secret is refused (it cannot be redacted and still restore the device), so
     * nothing is committed.
     */
    public synchronized void commitPending(long runId, String device, String persistId, String label, Duration timeout,
            PendingCommit.Mode mode, Optional<ConfigPayload> savedRunning) {
        checkArgument(mode == PendingCommit.Mode.NATIVE || savedRunning.isPresent(),
                "an emulated confirmed commit on %s needs the saved copy of running", device);
        savedRunning.ifPresent(copy -> checkArgument(!SecretGuard.looksSecret(copy.xml()),
                "refusing to change %s: the copy of its running config that an emulated rollback needs holds a secret, "
                        + "which the journal must not keep; change it on a device with :confirmed-commit or by hand", device));
        Instant now = now();
        db.insert("""
                INSERT INTO pending_commits(run_id, device, persist_id, label, timeout_s, state, created_at, updated_at,
                  mode, saved_running, saved_subtrees)
                VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                runId, device, persistId, label, timeout.toSeconds(), PendingCommit.State.PENDING, now, now, mode,
                savedRunning.map(ConfigPayload::xml).orElse(null),
                savedRunning.map(c -> c.ownedSubtrees().stream().map(t -> t.namespace() + " " + t.name())
                        .collect(java.util.stream.Collectors.joining("\n"))).orElse(null));
    }

    public synchronized void commitConfirmed(String device, String persistId) {
        setCommitState(device, persistId, PendingCommit.State.CONFIRMED);
    }

    public synchronized void commitCancelled(String device, String persistId) {
        setCommitState(device, persistId, PendingCommit.State.CANCELLED);
    }

    private void setCommitState(String device, String persistId, PendingCommit.State state) {
        int n = db.relaxed(() -> db.update("UPDATE pending_commits SET state = ?, updated_at = ? WHERE device = ? AND persist_id = ?",
                state, now(), device, persistId));
        checkArgument(n == 1, "no commit with persist-id %s on %s in %s", persistId, device, db.file());
    }

    /** Every confirmed commit of a run, in the order they were made. */
    public synchronized List<PendingCommit> commits(long runId) {
        return db.query("SELECT * FROM pending_commits WHERE run_id = ? ORDER BY id", Rows::commit, runId);
    }

    /** The commits of a run still neither confirmed nor cancelled: what resume must settle. */
    public synchronized List<PendingCommit> pendingCommits(long runId) {
        return db.query("SELECT * FROM pending_commits WHERE run_id = ? AND state = 'PENDING' ORDER BY id",
                Rows::commit, runId);
    }

    // -- audits ----------------------------------------------------------------------------

    /**
     * Records one audit's totals and findings in one transaction. A finding seen before keeps
     * its first-seen and gets a new last-seen; an open finding on an audited device that this
     * audit no longer sees is marked resolved. Findings of devices not in {@code devicesAudited}
     * (unreachable ones, or ones outside a {@code --device} selection) are left as they were.
     */
    public synchronized void recordAudit(long runId, List<String> devicesAudited, int clean, int drifted,
            int unreachable, List<ObservedFinding> observed) {
        List<ObservedFinding> safe = observed.stream()
                .map(f -> new ObservedFinding(f.device(), f.kind(), SecretGuard.check("finding subject", f.subject()),
                        SecretGuard.check("finding detail", f.detail())))
                .toList();
        db.relaxed(() -> db.inTransaction(() -> {
            db.insert("INSERT INTO audits(run_id, devices, clean, drifted, unreachable) VALUES (?,?,?,?,?)",
                    runId, clean + drifted + unreachable, clean, drifted, unreachable);
            findings.record(runId, now(), devicesAudited, safe);
            return null;
        }));
    }

    /** Past audits, most recent first. */
    public synchronized List<AuditSummary> audits(int limit) {
        return db.query("""
                SELECT r.*, a.devices, a.clean, a.drifted, a.unreachable
                FROM audits a JOIN runs r ON r.id = a.run_id ORDER BY r.id DESC LIMIT ?""",
                row -> new AuditSummary(Rows.run(row), (int) row.lng("devices"), (int) row.lng("clean"),
                        (int) row.lng("drifted"), (int) row.lng("unreachable")), limit);
    }

    /** The findings an audit run saw, with their history. */
    public synchronized List<Finding> findings(long auditRunId) {
        return findings.seenBy(auditRunId);
    }

    /** Every finding not yet resolved, oldest first. */
    public synchronized List<Finding> openFindings() {
        return findings.open();
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
