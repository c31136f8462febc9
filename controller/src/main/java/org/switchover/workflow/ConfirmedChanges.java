package org.switchover.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.switchover.driver.CommitResult;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.netconf.NetconfException;
import org.switchover.workflow.access.DriverPool;

/**
 * The one engine through which switchover changes devices: the staged push, every wave flip,
 * audit remediation and resume. Over N devices it journals each pending change first (persist-id,
 * native or emulated, and for an emulated one the saved copy of running), commits it under
 * confirmed commit, and later confirms all or cancels all. Confirm and cancel are idempotent: a
 * device with no such commit pending is read back, and what it runs decides what happened. Time
 * left before the confirm deadline is checked, with a margin, before confirming.
 */
public final class ConfirmedChanges {

    /** One device's part of a change: how to load it, and how to tell from running that it is in place. */
    public record Change(String device, Consumer<PlatformDriver> load, Predicate<PlatformDriver> applied) {}

    /** What a device runs after a settlement. */
    public enum Settled { CONFIRMED, ROLLED_BACK, UNSETTLED }

    /** How confirming or cancelling one change over its devices ended, device by device. */
    public record Settlement(Map<String, Settled> devices, Map<String, String> said) {

        public boolean all(Settled s) {
            return devices.values().stream().allMatch(d -> d == s);
        }

        /** The devices, each with what is worth saying about how it got there. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            devices.forEach((d, s) -> parts.add(said.get(d).isEmpty() ? d : d + " " + said.get(d)));
            return parts.isEmpty() ? "no device" : String.join(", ", parts);
        }

        /** Every device and what it now runs: for a settlement that did not end the same everywhere. */
        public String explain() {
            List<String> parts = new ArrayList<>();
            devices.forEach((d, s) -> parts.add(d + ": " + switch (s) {
                case CONFIRMED -> "confirmed, runs the change";
                case ROLLED_BACK -> "rolled back, runs what it ran before";
                case UNSETTLED -> "still pending";
            } + (said.get(d).isEmpty() ? "" : " " + said.get(d))));
            return String.join("; ", parts);
        }
    }

    private final Journal journal;
    private final long runId;
    private final DriverPool pool;
    private final Duration timeout;
    private final Clock clock;
    private final Consumer<String> note;
    // device + persist-id of the emulated commits this process made and still holds in its sessions
    private final Set<String> heldHere = ConcurrentHashMap.newKeySet();

    public ConfirmedChanges(Journal journal, long runId, DriverPool pool, Duration timeout, Clock clock, Consumer<String> note) {
        this.journal = journal;
        this.runId = runId;
        this.pool = pool;
        this.timeout = timeout;
        this.clock = clock;
        this.note = note;
    }

    /** The margin kept before a confirm deadline: a quarter of the timeout, at most 10 s. */
    static Duration margin(Duration timeout) {
        Duration quarter = timeout.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : quarter;
    }

    /**
     * Loads and commits {@code changes} in order under confirmed commit with {@code persistId},
     * each journaled as pending before it is sent. When one fails, the ones committed before it
     * are cancelled, and a {@link ChangeRefusedException} (the device answered with an error) or an
     * {@link OutcomeUnknownException} (no answer: it may have taken the change) is thrown.
     */
    public void commit(String label, String persistId, List<Change> changes) {
        List<Change> committed = new ArrayList<>();
        for (Change c : changes) {
            boolean journaled = false;
            try {
                PlatformDriver driver = pool.driver(c.device());
                c.load().accept(driver);
                boolean natively = driver.confirmsNatively();
                journal.commitPending(runId, c.device(), persistId, label, timeout,
                        natively ? PendingCommit.Mode.NATIVE : PendingCommit.Mode.EMULATED,
                        natively ? Optional.empty() : driver.savedRunning());
                journaled = true;
                CommitResult result = driver.commitConfirmed(timeout, persistId);
                if (result.emulated()) {
                    heldHere.add(key(c.device(), persistId));
                    note.accept(c.device() + ": no :confirmed-commit on the device; " + result.note());
                }
                committed.add(c);
            } catch (NetconfException | IllegalArgumentException e) {
                boolean refused = !(e instanceof NetconfException) || refusedByDevice(e);
                String own = journaled ? abandon(c, persistId, refused) : discard(c);
                Settlement others = cancel(persistId, committed);
                String message = e.getMessage() + "; " + c.device() + " " + own
                        + (committed.isEmpty() ? "" : "; cancelled on " + others.describe());
                if (refused) throw new ChangeRefusedException(c.device(), message, e);
                throw new OutcomeUnknownException(c.device(), message, e);
            }
        }
    }

    /**
     * Confirms the pending commit {@code persistId} on each of {@code changes}' devices, unless the
     * earliest deadline is closer than the margin: then it cancels all of them instead. A device
     * that cannot be confirmed is reported as such and stays pending in the journal for resume.
     */
    public Settlement confirm(String persistId, List<Change> changes) {
        Optional<Instant> deadline = pending(persistId).stream().map(PendingCommit::deadline).min(Comparator.naturalOrder());
        Duration margin = margin(timeout);
        if (deadline.isPresent() && !clock.instant().plus(margin).isBefore(deadline.get())) {
            Settlement cancelled = cancel(persistId, changes);
            throw new DeadlineTooCloseException("only " + Math.max(0, Duration.between(clock.instant(), deadline.get()).toMillis())
                    + " ms were left before the confirm deadline (margin " + margin.toMillis() + " ms), too little to confirm on "
                    + changes.size() + " device(s) safely; cancelled on " + cancelled.describe()
                    + "; run again with a longer --confirm-timeout", cancelled);
        }
        Map<String, Settled> states = new LinkedHashMap<>();
        Map<String, String> said = new LinkedHashMap<>();
        for (Change c : changes) {
            PendingCommit commit = pendingOn(c.device(), persistId);
            if (commit == null) {
                states.put(c.device(), Settled.CONFIRMED);
                said.put(c.device(), "(confirmed earlier)");
                continue;
            }
            settleConfirm(commit, c.applied(), states, said);
        }
        return new Settlement(states, said);
    }

    /** Cancels the pending commit {@code persistId} on each of {@code changes}' devices; see {@link #cancelOne}. */
    public Settlement cancel(String persistId, List<Change> changes) {
        Map<String, Settled> states = new LinkedHashMap<>();
        Map<String, String> said = new LinkedHashMap<>();
        for (Change c : changes) {
            PendingCommit commit = pendingOn(c.device(), persistId);
            if (commit == null) continue;
            cancelOne(commit, c.applied(), states, said);
        }
        return new Settlement(states, said);
    }

    /** Confirms one journaled pending commit, idempotently. */
    public void settleConfirm(PendingCommit commit, Predicate<PlatformDriver> applied, Map<String, Settled> states, Map<String, String> said) {
        String device = commit.device();
        try {
            PlatformDriver driver = pool.driver(device);
            if (commit.mode() == PendingCommit.Mode.EMULATED && !heldHere.remove(key(device, commit.persistId()))) {
                // no session holds it any more (this process died meanwhile): the change is in running or not
                boolean in = applied.test(driver);
                record(commit, in ? Settled.CONFIRMED : Settled.ROLLED_BACK, states, said,
                        in ? "(emulated: running holds the change)" : "(already rolled back)");
                return;
            }
            boolean held = commit.mode() == PendingCommit.Mode.EMULATED;
            try {
                driver.confirm(commit.persistId());
                record(commit, Settled.CONFIRMED, states, said, "");
                return;
            } catch (NetconfException e) {
                if (!held && !refusedByDevice(e)) {
                    // no answer: the commit may still be pending; ask once more on a fresh session
                    pool.drop(device);
                    try {
                        pool.driver(device).confirm(commit.persistId());
                        record(commit, Settled.CONFIRMED, states, said, "(on a second session)");
                        return;
                    } catch (NetconfException again) {
                        if (!refusedByDevice(again)) throw again;
                    }
                }
            }
            {
                // nothing pending under that id: it was confirmed before the journal heard of it, or it rolled back
                boolean in = applied.test(pool.driver(device));
                record(commit, in ? Settled.CONFIRMED : Settled.ROLLED_BACK, states, said,
                        in ? "(confirmed already: running holds the change)" : "(already rolled back)");
            }
        } catch (NetconfException e) {
            pool.drop(device);
            states.put(device, Settled.UNSETTLED);
            said.put(device, "(not confirmed: " + firstLine(e.getMessage()) + "; "
                    + (commit.mode() == PendingCommit.Mode.NATIVE ? "it rolls back by itself at " + commit.deadline()
                    : "it keeps the change until resume settles it") + " unless `switchover resume " + runId + "` confirms it)");
        }
    }

    /**
     * Cancels one journaled pending commit, idempotently: an emulated one nobody holds any more is
     * undone from its journaled copy of running; a native one the device no longer holds was
     * either rolled back already or confirmed, which running shows.
     */
    public void cancelOne(PendingCommit commit, Predicate<PlatformDriver> applied, Map<String, Settled> states, Map<String, String> said) {
        String device = commit.device();
        try {
            PlatformDriver driver = pool.driver(device);
            if (commit.mode() == PendingCommit.Mode.EMULATED && !heldHere.remove(key(device, commit.persistId()))) {
                restore(driver, commit);
                record(commit, Settled.ROLLED_BACK, states, said, "(emulated: the journaled copy of running restored)");
                return;
            }
            try {
                driver.cancel(commit.persistId());
                record(commit, Settled.ROLLED_BACK, states, said, "");
                return;
            } catch (NetconfException e) {
                if (commit.mode() == PendingCommit.Mode.EMULATED || refusedByDevice(e)) {
                    if (!refusedByDevice(e)) throw e;
                } else {
                    // no answer (the session may be gone): ask once more on a fresh session
                    pool.drop(device);
                    try {
                        pool.driver(device).cancel(commit.persistId());
                        record(commit, Settled.ROLLED_BACK, states, said, "(on a second session)");
                        return;
                    } catch (NetconfException again) {
                        if (!refusedByDevice(again)) throw again;
                    }
                }
            }
            {
                boolean in = applied.test(pool.driver(device));
                record(commit, in ? Settled.CONFIRMED : Settled.ROLLED_BACK, states, said,
                        in ? "(keeps the change: it was confirmed before, cancel cannot undo it)" : "(already rolled back)");
            }
        } catch (NetconfException e) {
            pool.drop(device);
            states.put(device, Settled.UNSETTLED);
            said.put(device, "(unreachable: " + (commit.mode() == PendingCommit.Mode.NATIVE
                    ? "it rolls back by itself within " + commit.timeout().toSeconds() + "s"
                    : "it keeps the change until `switchover resume " + runId + "` restores it") + ")");
        }
    }

    private void restore(PlatformDriver driver, PendingCommit commit) {
        var copy = commit.savedRunning().orElseThrow(() -> new IllegalStateException(
                "the journal holds no copy of running for the emulated commit " + commit.persistId() + " on " + commit.device()));
        driver.loadCandidate(copy, LoadMode.MERGE);
        String undo = commit.persistId() + "-undo";
        driver.commitConfirmed(timeout, undo);
        driver.confirm(undo);
    }

    /** Records {@code commit} as kept (running holds the change) or rolled back, as the device was read. */
    public void settledFromRunning(PendingCommit commit, boolean applied, Map<String, Settled> states, Map<String, String> said,
            String keptText, String rolledBackText) {
        record(commit, applied ? Settled.CONFIRMED : Settled.ROLLED_BACK, states, said, applied ? keptText : rolledBackText);
    }

    private void record(PendingCommit commit, Settled s, Map<String, Settled> states, Map<String, String> said, String text) {
        // saved before the journal lets go of the pending commit: a crash in between leaves it pending,
        // and resume settles it again and saves again, whichever way it settles
        String saved = saveAsStartup(commit.device());
        if (s == Settled.CONFIRMED) {
            journal.commitConfirmed(commit.device(), commit.persistId());
        } else {
            journal.commitCancelled(commit.device(), commit.persistId());
        }
        states.put(commit.device(), s);
        said.put(commit.device(), (text + saved).trim());
    }

    /**
     * Makes what the device runs once a change is settled, confirmed or rolled back, the
     * configuration it boots with (journaled as a step of its own), so startup never keeps a change
     * that was rolled back nor lacks one that was confirmed. A failure does not undo anything; it
     * is said loudly, since the device would boot something else at its next reload.
     */
    private String saveAsStartup(String device) {
        long step = journal.beginStep(runId, device, "save startup", "make the configuration " + device + " now runs the one it boots with");
        try {
            String how = pool.driver(device).saveRunning();
            journal.finishStep(step, Outcome.OK, how.isEmpty() ? "nothing to save: running is what it boots with" : how);
            return "";
        } catch (NetconfException e) {
            String message = "running NOT saved as its startup configuration (" + firstLine(e.getMessage())
                    + "); save it on the device (copy running-config startup-config) before its next reload";
            journal.finishStep(step, Outcome.FAILED, message);
            note.accept(device + ": " + message);
            return " (" + message + ")";
        }
    }

    /** The change failed after it was journaled: cancel it in case the device took it. */
    private String abandon(Change c, String persistId, boolean refused) {
        PendingCommit commit = pendingOn(c.device(), persistId);
        if (commit == null) return "";
        if (refused) {
            try {
                pool.driver(c.device()).discard();
            } catch (NetconfException e) {
                pool.drop(c.device());
            }
            journal.commitCancelled(c.device(), persistId);
            return "(nothing committed)";
        }
        Map<String, Settled> states = new LinkedHashMap<>();
        Map<String, String> said = new LinkedHashMap<>();
        cancelOne(commit, c.applied(), states, said);
        return said.getOrDefault(c.device(), "");
    }

    private String discard(Change c) {
        pool.ifOpen(c.device()).ifPresent(d -> {
            try {
                d.discard();
            } catch (NetconfException | IllegalStateException e) {
                pool.drop(c.device());
            }
        });
        return "(nothing committed)";
    }

    private List<PendingCommit> pending(String persistId) {
        return journal.pendingCommits(runId).stream().filter(c -> c.persistId().equals(persistId)).toList();
    }

    private PendingCommit pendingOn(String device, String persistId) {
        return pending(persistId).stream().filter(c -> c.device().equals(device)).findFirst().orElse(null);
    }

    private static String key(String device, String persistId) {
        return device + "\u0000" + persistId;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** True when the device answered with an rpc-error (so it did not act), not when the session failed. */
    static boolean refusedByDevice(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.switchover.netconf.RpcErrorException) return true;
        }
        return false;
    }

    /** Too little time was left before the confirm deadline; every device was cancelled instead. */
    public static final class DeadlineTooCloseException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Settlement cancelled;

        DeadlineTooCloseException(String message, Settlement cancelled) {
            super(message);
            this.cancelled = cancelled;
        }

        public Settlement cancelled() {
            return cancelled;
        }
    }
}
