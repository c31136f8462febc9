package org.switchover.platform;

import static com.google.common.base.Preconditions.checkState;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DriverException;
import org.switchover.driver.LoadMode;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfException;
import org.switchover.netconf.NetconfSession;
import org.w3c.dom.Element;

/**
 * The push sequence every platform shares, written once: lock, discard, edit-config on the owned
 * subtrees, validate, commit confirmed with persist, confirm or cancel, unlock, and a copy of
 * running saved before each push for rollback. Falls back by capability: without :candidate it
 * edits running (with rollback-on-error when offered) after saving the copy; without
 * :confirmed-commit it commits plainly and {@link EmulatedConfirm} restores the copy unless
 * confirmed in time.
 */
public final class ConfigPush implements AutoCloseable {

    private final NetconfSession session;
    private final SubtreeReads reads;
    private final DatastoreSupport support;
    private final EmulatedConfirm emulated;
    private final Function<ConfigPayload, List<OwnedArea>> areasOf;

    private List<OwnedArea> owned = List.of();
    private Element savedCopy;
    private Datastore locked;
    private boolean staged;
    private String devicePending;

    /** A push of the subtrees each payload owns, whole. */
    public ConfigPush(NetconfSession session, SubtreeReads reads, DatastoreSupport support, Clock clock) {
        this(session, reads, support, clock, p -> OwnedArea.whole(p.ownedSubtrees()));
    }

    /** A push of the areas {@code areasOf} names in each payload: only those are replaced, saved and restored. */
    public ConfigPush(NetconfSession session, SubtreeReads reads, DatastoreSupport support, Clock clock,
            Function<ConfigPayload, List<OwnedArea>> areasOf) {
        this.areasOf = areasOf;
        this.session = session;
        this.reads = reads;
        this.support = support;
        this.emulated = new EmulatedConfirm(session.device(), clock, this::timedOut);
    }

    public DatastoreSupport support() {
        return support;
    }

    /** Stages {@code payload}: in the candidate, or straight into running when there is none. */
    public synchronized void load(ConfigPayload payload, LoadMode mode) {
        if (emulated.pending().isPresent() || devicePending != null) {
            throw new DriverException(device(), "a confirmed commit is pending on " + device() + "; confirm or cancel it before loading again");
        }
        Datastore target = support.candidate() ? Datastore.CANDIDATE : Datastore.RUNNING;
        List<OwnedArea> areas = areasOf.apply(payload);
        String body = OwnedSubtrees.editConfig(payload, areas, mode);
        lock(target);
        try {
            if (support.candidate() || !staged) {
                owned = areas;
                savedCopy = read(Datastore.RUNNING, owned);
            } else {
                owned = union(owned, areas);
            }
            if (support.candidate()) {
                session.discardChanges();
                session.editConfig(EditConfig.of(Datastore.CANDIDATE, body));
                if (support.validate()) session.validate(Datastore.CANDIDATE);
            } else {
                EditConfig edit = EditConfig.of(Datastore.RUNNING, body);
                session.editConfig(support.rollbackOnError() ? edit.withErrorOption(EditConfig.ErrorOption.ROLLBACK_ON_ERROR) : edit);
            }
            staged = true;
        } catch (NetconfException e) {
            String outcome = undoFailedLoad().map(undo -> "running may be partly changed and restoring the copy saved before"
                    + " failed (" + undo.getMessage() + "); check it with an audit").orElse("nothing was changed");
            throw new DriverException(device(), "loading the configuration into " + target.xmlName() + " of " + device()
                    + " failed, " + outcome + ": " + e.getMessage(), e);
        }
    }

    /** Running on the owned areas of the last load, as it is now. */
    public synchronized Element running() {
        return read(Datastore.RUNNING, owned());
    }

    /** What the last load would make running: the candidate, or running itself when there is none. */
    public synchronized Element staged() {
        return support.candidate() ? read(Datastore.CANDIDATE, owned()) : running();
    }

    /** Running as it was before the staged change: running itself, or the saved copy when running was edited directly. */
    public synchronized Element baseline() {
        return support.candidate() ? running() : Optional.ofNullable(savedCopy).orElseGet(this::running);
    }

    /** The copy of running saved by the last load, as a payload restoring the subtrees it owned. */
    public synchronized Optional<ConfigPayload> savedRunning() {
        if (savedCopy == null || owned.isEmpty()) return Optional.empty();
        return Optional.of(new ConfigPayload(device(), OwnedSubtrees.restoreAreas(savedCopy, owned), OwnedArea.tops(owned)));
    }

    /** The areas the last load owns. */
    public synchronized List<OwnedArea> owned() {
        checkState(!owned.isEmpty(), "nothing has been loaded on %s", device());
        return owned;
    }

    public synchronized CommitResult commitConfirmed(Duration timeout, String persistId) {
        checkState(staged, "nothing loaded to commit on %s", device());
        step("commit confirmed", () -> {
            if (support.candidate() && support.confirmedCommit()) {
                session.commitConfirmed(timeout, support.persist() ? Optional.of(persistId) : Optional.empty());
            } else if (support.candidate()) {
                session.commit();
            }
        });
        staged = false;
        if (support.candidate() && support.confirmedCommit()) {
            devicePending = persistId;
            return new CommitResult(persistId, false, device() + " rolls back by itself after " + timeout.toSeconds()
                    + " s unless confirmed" + (support.persist() ? "" : " (without persist: only this session can confirm)"));
        }
        emulated.start(persistId, timeout);
        String why = support.candidate() ? device() + " has no :confirmed-commit, so the candidate was committed plainly"
                : device() + " has no :candidate, so the change went straight into running";
        return new CommitResult(persistId, true, why + "; switchover restores the copy of running saved before the push unless"
                + " confirmed within " + timeout.toSeconds() + " s, and only while this process runs");
    }

    /** Confirms; whatever the device answers, this driver no longer holds the commit or the lock afterwards. */
    public synchronized void confirm(String persistId) {
        try {
            if (emulated.pending().isPresent()) {
                if (emulated.overdue() && emulated.expire(emulated.pending().get().persistId())) restore();
                emulated.confirm(persistId);
            } else {
                emulated.refuseIfExpired(persistId);
                requireConfirmedCommit(persistId);
                step("confirm commit " + persistId,
                        () -> session.confirmCommit(support.persist() ? Optional.of(persistId) : Optional.empty()));
            }
        } finally {
            devicePending = null;
            unlockQuietly();
        }
    }

    /** Cancels, restoring the saved copy when the commit was emulated; the commit and lock are released either way. */
    public synchronized void cancel(String persistId) {
        try {
            if (emulated.pending().isPresent()) {
                emulated.cancel(persistId);
                restore();
            } else {
                emulated.refuseIfExpired(persistId);
                requireConfirmedCommit(persistId);
                step("cancel commit " + persistId,
                        () -> session.cancelCommit(support.persist() ? Optional.of(persistId) : Optional.empty()));
            }
        } finally {
            devicePending = null;
            unlockQuietly();
        }
    }

    /** Drops what the last load staged; on a device without candidate that means restoring the saved copy. */
    public synchronized void discard() {
        if (support.candidate()) {
            step("discard changes", session::discardChanges);
        } else if (staged) {
            restore();
        }
        staged = false;
        unlockQuietly();
    }

    /** Restores running from the copy saved before the last push; a confirmed commit still pending is cancelled. */
    public synchronized void rollback() {
        if (savedCopy == null) {
            throw new DriverException(device(), "no copy of running was saved on " + device() + " in this session; nothing to roll back to");
        }
        if (devicePending != null) {
            cancel(devicePending);
            return;
        }
        emulated.pending().ifPresent(p -> emulated.cancel(p.persistId()));
        restore();
        staged = false;
        unlockQuietly();
    }

    /** Rolls back an emulated confirmed commit still pending (as a device does when its session drops) and unlocks. */
    @Override
    public synchronized void close() {
        Optional<EmulatedConfirm.Pending> pending = emulated.pending();
        emulated.close();
        if (pending.isPresent() && session.isOpen()) {
            try {
                restore();
            } catch (NetconfException e) {
                // closing must not throw; the copy stays unrestored and the caller sees it on the next audit
            }
        }
        unlockQuietly();
    }

    private synchronized void timedOut(String persistId) {
        if (!emulated.expire(persistId)) return;
        try {
            restore();
        } catch (NetconfException e) {
            // nobody to tell from a timer thread; the next confirm or cancel reports the expiry and an audit shows the state
        }
        unlockQuietly();
    }

    private void restore() {
        String body = OwnedSubtrees.restoreAreas(savedCopy, owned);
        step("restore the saved copy of running", () -> {
            if (support.candidate()) {
                lock(Datastore.CANDIDATE);
                session.discardChanges();
                session.editConfig(EditConfig.of(Datastore.CANDIDATE, body));
                session.commit();
            } else {
                session.editConfig(EditConfig.of(Datastore.RUNNING, body));
            }
        });
    }

    /** Undoes what a failed load may have left; the failure of that undo, if any. */
    private Optional<NetconfException> undoFailedLoad() {
        Optional<NetconfException> failure = Optional.empty();
        try {
            if (support.candidate()) {
                session.discardChanges();
            } else if (!support.rollbackOnError() && savedCopy != null) {
                session.editConfig(EditConfig.of(Datastore.RUNNING, OwnedSubtrees.restoreAreas(savedCopy, owned)));
            }
        } catch (NetconfException e) {
            // a candidate that cannot be discarded changes nothing running; an unrestored running must be reported
            if (!support.candidate()) failure = Optional.of(e);
        }
        staged = false;
        unlockQuietly();
        return failure;
    }

    private void requireConfirmedCommit(String persistId) {
        if (!support.confirmedCommit()) {
            throw new DriverException(device(), "no confirmed commit '" + persistId + "' is pending in this session, and "
                    + device() + " has no :confirmed-commit to hold one");
        }
    }

    private void lock(Datastore target) {
        if (locked == target) return;
        step("lock " + target.xmlName(), () -> session.lock(target));
        locked = target;
    }

    private void unlockQuietly() {
        if (locked == null) return;
        try {
            if (session.isOpen()) session.unlock(locked);
        } catch (NetconfException e) {
            // the lock goes with the session anyway
        }
        locked = null;
    }

    private void step(String what, Runnable action) {
        try {
            action.run();
        } catch (DriverException e) {
            throw e;
        } catch (NetconfException e) {
            throw new DriverException(device(), what + " on " + device() + " failed: " + e.getMessage(), e);
        }
    }

    private String device() {
        return session.device();
    }

    /**
     * {@code areas} of {@code source}, and nothing else even if the server returned more: an area
     * below the top level must not bring its neighbours (a device's logins) into the saved copy.
     */
    private Element read(Datastore source, List<OwnedArea> areas) {
        Element data = reads.getConfig(source, OwnedSubtrees.areaFilter(areas));
        return areas.stream().allMatch(OwnedArea::isWhole) ? data : OwnedSubtrees.selectAreas(data, areas);
    }

    private static List<OwnedArea> union(List<OwnedArea> a, List<OwnedArea> b) {
        List<OwnedArea> out = new ArrayList<>(a);
        b.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }
}
