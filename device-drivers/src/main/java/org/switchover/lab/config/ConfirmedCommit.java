package org.switchover.lab.config;

import java.util.Optional;

/**
 * The confirmed commit in progress on one switch, per RFC 6241 section 8.4: what running was
 * before it, which session issued it, its persist token, and the timer that rolls it back.
 * Called only under the owning {@link ConfigStore}'s monitor.
 */
final class ConfirmedCommit {
    private record Pending(XmlNode rollbackTo, long owner, Optional<String> persist, TimeoutScheduler.Cancellable timer, long generation) {}

    private final TimeoutScheduler scheduler;
    private final ConfigStore store;
    private Pending pending;
    private long generation;

    ConfirmedCommit(TimeoutScheduler scheduler, ConfigStore store) {
        this.scheduler = scheduler;
        this.store = store;
    }

    boolean pending() {
        return pending != null;
    }

    /** Refuses a commit that may not confirm or follow up the pending one. */
    void checkMayCommit(long session, CommitRequest request) {
        if (pending == null) {
            if (request.persistId().isPresent()) {
                throw RpcFailure.application("invalid-value", "/commit/persist-id",
                        "no confirmed commit with persist-id '" + request.persistId().get() + "' is pending");
            }
            return;
        }
        checkOwner(session, request.persistId(), "commit");
    }

    private void checkOwner(long session, Optional<String> persistId, String what) {
        if (pending.persist().isPresent()) {
            if (!pending.persist().equals(persistId)) {
                throw RpcFailure.application("invalid-value", "/" + what + "/persist-id",
                        persistId.isEmpty()
                                ? "a persisted confirmed commit is pending; give its persist-id to " + what
                                : "persist-id '" + persistId.get() + "' does not match the pending confirmed commit");
            }
        } else {
            if (persistId.isPresent()) {
                throw RpcFailure.application("invalid-value", "/" + what + "/persist-id",
                        "the pending confirmed commit was not persisted; " + what + " it without persist-id from session " + pending.owner());
            }
            if (pending.owner() != session) {
                throw RpcFailure.protocol("in-use", "a confirmed commit of session " + pending.owner()
                        + " is pending; only that session may " + what + " it (it was given without persist)");
            }
        }
    }

    /** A confirmed commit took effect: (re)start the timer; the rollback point stays the first one. */
    void start(long session, CommitRequest request, XmlNode before) {
        XmlNode rollbackTo = pending == null ? before : pending.rollbackTo();
        if (pending != null) pending.timer().cancel();
        long gen = ++generation;
        TimeoutScheduler.Cancellable timer = scheduler.schedule(request.confirmTimeout(), () -> expire(gen));
        pending = new Pending(rollbackTo, session, request.persist(), timer, gen);
    }

    /** A confirming or plain commit: nothing left to roll back. */
    void finish() {
        if (pending != null) pending.timer().cancel();
        pending = null;
    }

    /** cancel-commit: returns the configuration to restore. */
    XmlNode cancel(long session, Optional<String> persistId) {
        if (pending == null) {
            throw RpcFailure.application("operation-failed", "", "no confirmed commit is pending");
        }
        checkOwner(session, persistId, "cancel-commit");
        XmlNode rollbackTo = pending.rollbackTo();
        finish();
        return rollbackTo;
    }

    void sessionEnded(long session) {
        if (pending != null && pending.persist().isEmpty() && pending.owner() == session) {
            XmlNode rollbackTo = pending.rollbackTo();
            finish();
            store.restore(rollbackTo);
        }
    }

    /** Drops the pending commit without restoring; returns what running was before it. */
    Optional<XmlNode> abandon() {
        Optional<XmlNode> before = Optional.ofNullable(pending).map(Pending::rollbackTo);
        finish();
        return before;
    }

    private void expire(long gen) {
        synchronized (store) {
            if (pending == null || pending.generation() != gen) return;
            XmlNode rollbackTo = pending.rollbackTo();
            pending = null;
            store.restore(rollbackTo);
        }
    }
}
