package org.switchover.lab.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.RpcError;

/**
 * The datastores of one simulated switch (running, candidate, startup), their locks, and the
 * confirmed commit in progress, with the semantics of RFC 6241 sections 7 and 8. Every method
 * runs under the store's monitor, so RPCs of concurrent sessions and timer callbacks see a
 * consistent state. Sessions are named by their NETCONF session-id.
 */
public final class ConfigStore {
    private final SwitchFeatures features;
    private final ConfigRules rules;
    private final EditEngine engine;
    private final ConfirmedCommit confirmed;
    private final CommitHistory history;
    private final Map<Datastore, XmlNode> stores = new EnumMap<>(Datastore.class);
    private final Map<Datastore, Long> locks = new EnumMap<>(Datastore.class);
    private boolean candidateDirty;
    private boolean rejectNextCommit;
    /** Boots from a startup copy that a vendor RPC writes (IOS-XE's save-config), not a NETCONF datastore. */
    private boolean savedByVendorRpc;

    public ConfigStore(SwitchFeatures features, ConfigRules rules, Schema schema, XmlNode initial, TimeoutScheduler scheduler) {
        this.features = features;
        this.rules = rules;
        this.engine = new EditEngine(schema);
        this.confirmed = new ConfirmedCommit(scheduler, this);
        stores.put(Datastore.RUNNING, initial.deepCopy());
        stores.put(Datastore.CANDIDATE, initial.deepCopy());
        stores.put(Datastore.STARTUP, initial.deepCopy());
        this.history = new CommitHistory(stores.get(Datastore.RUNNING), java.time.Clock.systemUTC());
    }

    public SwitchFeatures features() {
        return features;
    }

    /** A copy of {@code source}'s configuration (the children of the returned root). */
    public synchronized XmlNode get(Datastore source) {
        requireSupported(source);
        return stores.get(source).deepCopy();
    }

    /**
     * {@code source}'s configuration itself, without a copy, for answering a read. Safe to read
     * without the lock: a stored tree is never changed, only replaced. Callers must not change it.
     */
    public synchronized XmlNode view(Datastore source) {
        requireSupported(source);
        return stores.get(source);
    }

    /**
     * The running configuration itself, without a copy, for deriving state many times per request.
     * Safe to read without the lock: a stored tree is never changed, only replaced. Callers must not change it.
     */
    public XmlNode runningView() {
        return view(Datastore.RUNNING);
    }

    /** A copy of running. */
    public synchronized XmlNode running() {
        return stores.get(Datastore.RUNNING).deepCopy();
    }

    public synchronized void editConfig(long session, EditRequest request) {
        Datastore target = request.target();
        if (target == Datastore.STARTUP) {
            throw RpcFailure.protocol("operation-not-supported", "edit-config cannot target startup; use copy-config");
        }
        if (target == Datastore.RUNNING && !features.writableRunning()) {
            throw RpcFailure.protocol("operation-not-supported", "running is not writable on this switch; edit the candidate and commit");
        }
        requireSupported(target);
        requireUnlockedFor(session, target);
        if (request.errorOption().equals("rollback-on-error") && !features.rollbackOnError()) {
            throw RpcFailure.protocol("operation-not-supported", "this switch does not support rollback-on-error");
        }
        XmlNode work = stores.get(target).deepCopy();
        boolean continueOnError = request.errorOption().equals("continue-on-error");
        EditEngine.Outcome outcome = engine.apply(work, request.config(), request.defaultOperation(), continueOnError);
        List<RpcError> invalid = request.testOption().equals("set") ? List.of() : rules.check(work);
        if (!outcome.ok()) {
            // rollback-on-error keeps nothing; the others keep what was applied before the error, if it is valid
            if (!request.errorOption().equals("rollback-on-error") && invalid.isEmpty()) store(target, work);
            throw new RpcFailure(outcome.errors());
        }
        if (!invalid.isEmpty()) throw new RpcFailure(invalid);
        if (!request.testOption().equals("test-only")) store(target, work);
    }

    private void store(Datastore target, XmlNode config) {
        stores.put(target, config);
        if (target == Datastore.CANDIDATE) {
            candidateDirty = true;
        } else if (target == Datastore.RUNNING && !candidateDirty) {
            stores.put(Datastore.CANDIDATE, config.deepCopy());
        }
    }

    public synchronized void copyConfig(long session, Optional<Datastore> source, Optional<XmlNode> inline, Datastore target) {
        requireSupported(target);
        if (target == Datastore.RUNNING && !features.writableRunning()) {
            throw RpcFailure.protocol("operation-not-supported", "running is not writable on this switch; copy to the candidate and commit");
        }
        if (source.isPresent() && source.get() == target) {
            throw RpcFailure.protocol("invalid-value", "copy-config source and target are both " + target.xmlName());
        }
        source.ifPresent(this::requireSupported);
        requireUnlockedFor(session, target);
        XmlNode config = source.map(s -> stores.get(s).deepCopy()).orElseGet(() -> inline.orElseThrow().deepCopy());
        if (target != Datastore.STARTUP) {
            List<RpcError> invalid = rules.check(config);
            if (!invalid.isEmpty()) throw new RpcFailure(invalid);
        }
        store(target, config);
    }

    public synchronized void deleteConfig(long session, Datastore target) {
        if (target != Datastore.STARTUP) {
            throw RpcFailure.protocol("invalid-value", "delete-config can only delete startup, not " + target.xmlName());
        }
        requireSupported(target);
        requireUnlockedFor(session, target);
        XmlNode old = stores.get(Datastore.STARTUP);
        stores.put(Datastore.STARTUP, new XmlNode(old.namespace(), old.name()));
    }

    public synchronized void lock(long session, Datastore target) {
        requireSupported(target);
        Long holder = locks.get(target);
        if (holder != null) {
            throw RpcFailure.of("protocol", "lock-denied", "", target.xmlName() + " is locked by session " + holder,
                    Map.of("session-id", Long.toString(holder)));
        }
        if (target == Datastore.CANDIDATE && candidateDirty) {
            // RFC 6241 7.5: no lock on a candidate with uncommitted changes; 0 names no NETCONF session
            throw RpcFailure.of("protocol", "lock-denied", "", "the candidate has uncommitted changes; discard-changes first",
                    Map.of("session-id", "0"));
        }
        locks.put(target, session);
    }

    public synchronized void unlock(long session, Datastore target) {
        requireSupported(target);
        Long holder = locks.get(target);
        if (holder == null || holder != session) {
            throw RpcFailure.protocol("operation-failed", target.xmlName() + " is not locked by this session"
                    + (holder == null ? "" : " (session " + holder + " holds it)"));
        }
        locks.remove(target);
        if (target == Datastore.CANDIDATE) discard();
    }

    public synchronized Optional<Long> lockHolder(Datastore target) {
        return Optional.ofNullable(locks.get(target));
    }

    /** The sessions holding any lock. */
    public synchronized java.util.Set<Long> lockHolderSessions() {
        return java.util.Set.copyOf(locks.values());
    }

    public synchronized void discardChanges(long session) {
        requireSupported(Datastore.CANDIDATE);
        requireUnlockedFor(session, Datastore.CANDIDATE);
        discard();
    }

    private void discard() {
        stores.put(Datastore.CANDIDATE, stores.get(Datastore.RUNNING).deepCopy());
        candidateDirty = false;
    }

    /** {@code <validate>} of a datastore or of an inline configuration. */
    public synchronized void validate(Optional<Datastore> source, Optional<XmlNode> inline) {
        if (!features.validate()) throw RpcFailure.protocol("operation-not-supported", "this switch does not support validate");
        source.ifPresent(this::requireSupported);
        XmlNode config = source.map(stores::get).orElseGet(() -> inline.orElseThrow());
        List<RpcError> invalid = rules.check(config);
        if (!invalid.isEmpty()) throw new RpcFailure(invalid);
    }

    public synchronized void commit(long session, CommitRequest request) {
        commit(session, request, "", request.confirmed() ? "commit confirmed, rollback in " + request.confirmTimeout().toSeconds() + "s" : "");
    }

    /** A commit that records {@code log} (the client's comment) and {@code comment} (the system's) in the commit history. */
    public synchronized void commit(long session, CommitRequest request, String log, String comment) {
        requireSupported(Datastore.CANDIDATE);
        if (request.confirmed() && !features.confirmedCommit()) {
            throw RpcFailure.protocol("operation-not-supported", "this switch does not support confirmed commit");
        }
        requireUnlockedFor(session, Datastore.RUNNING);
        requireUnlockedFor(session, Datastore.CANDIDATE);
        confirmed.checkMayCommit(session, request);
        if (rejectNextCommit) {
            rejectNextCommit = false;
            throw RpcFailure.application("operation-failed", "", "commit rejected by the switch (injected fault)");
        }
        List<RpcError> invalid = rules.check(stores.get(Datastore.CANDIDATE));
        if (!invalid.isEmpty()) throw new RpcFailure(invalid);
        XmlNode before = stores.get(Datastore.RUNNING);
        stores.put(Datastore.RUNNING, stores.get(Datastore.CANDIDATE).deepCopy());
        candidateDirty = false;
        history.add("netconf", log, comment, stores.get(Datastore.RUNNING));
        if (request.confirmed()) {
            confirmed.start(session, request, before);
        } else {
            confirmed.finish();
        }
    }

    public synchronized void cancelCommit(long session, Optional<String> persistId) {
        if (!features.confirmedCommit()) {
            throw RpcFailure.protocol("operation-not-supported", "this switch does not support confirmed commit");
        }
        XmlNode rollbackTo = confirmed.cancel(session, persistId);
        restore(rollbackTo);
    }

    /** Restores running to {@code config} after a confirmed commit ended without confirmation. */
    synchronized void restore(XmlNode config) {
        stores.put(Datastore.RUNNING, config);
        history.add("other", "", "rollback: a confirmed commit ended unconfirmed", config);
        discard();
    }

    /** Loads the configuration committed {@code n} commits ago into the candidate (Junos {@code rollback N}). */
    public synchronized void loadRollback(long session, int n) {
        requireSupported(Datastore.CANDIDATE);
        requireUnlockedFor(session, Datastore.CANDIDATE);
        XmlNode config;
        try {
            config = history.config(n);
        } catch (IllegalArgumentException e) {
            throw RpcFailure.application("invalid-value", "", e.getMessage());
        }
        stores.put(Datastore.CANDIDATE, config.deepCopy());
        candidateDirty = true;
    }

    /** The commit history, newest first. */
    public synchronized java.util.List<CommitHistory.Entry> commitHistory() {
        return history.entries();
    }

    /** The session ended (closed, killed, or dropped): its locks go, and so may its confirmed commit. */
    public synchronized void sessionEnded(long session) {
        List<Datastore> held = new ArrayList<>();
        locks.forEach((ds, holder) -> {
            if (holder == session) held.add(ds);
        });
        held.forEach(locks::remove);
        if (held.contains(Datastore.CANDIDATE)) discard();
        confirmed.sessionEnded(session);
    }

    /**
     * From now on the switch boots from a startup copy only {@link #saveRunningAsStartup} writes, as
     * a Catalyst does ({@code copy running-config startup-config}, or cisco-ia's save-config).
     */
    public synchronized void bootFromVendorSavedCopy() {
        savedByVendorRpc = true;
    }

    /** The vendor's save: running becomes the configuration the switch boots with. */
    public synchronized void saveRunningAsStartup() {
        stores.put(Datastore.STARTUP, stores.get(Datastore.RUNNING).deepCopy());
    }

    /**
     * Power cycle: running becomes startup (with :startup or a vendor's save, as the switch works)
     * or else stays what was last confirmed; locks go.
     */
    public synchronized void reboot() {
        Optional<XmlNode> unconfirmed = confirmed.abandon();
        locks.clear();
        if (features.startup() || savedByVendorRpc) {
            stores.put(Datastore.RUNNING, stores.get(Datastore.STARTUP).deepCopy());
        } else {
            unconfirmed.ifPresent(before -> stores.put(Datastore.RUNNING, before));
        }
        discard();
    }

    public synchronized boolean confirmedCommitPending() {
        return confirmed.pending();
    }

    /** Fault: the next commit fails with operation-failed. */
    public synchronized void rejectNextCommit() {
        rejectNextCommit = true;
    }

    private void requireSupported(Datastore ds) {
        if (ds == Datastore.CANDIDATE && !features.candidate()) {
            throw RpcFailure.protocol("operation-not-supported", "this switch has no candidate datastore (:candidate is off)");
        }
        if (ds == Datastore.STARTUP && !features.startup()) {
            throw RpcFailure.protocol("operation-not-supported", "this switch has no startup datastore (:startup is off)");
        }
    }

    private void requireUnlockedFor(long session, Datastore target) {
        Long holder = locks.get(target);
        if (holder != null && holder != session) {
            throw RpcFailure.of("protocol", "in-use", "", target.xmlName() + " is locked by session " + holder,
                    Map.of("session-id", Long.toString(holder)));
        }
    }
}
