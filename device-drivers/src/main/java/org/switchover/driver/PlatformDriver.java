package org.switchover.driver;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The one contract every platform implements: everything above it speaks these neutral records
 * and {@link ConfigDiff}; only implementations know a platform's YANG paths.
 *
 * <p>Device and network failures are thrown as {@code org.switchover.netconf.NetconfException}s;
 * what a driver itself finds wrong (a platform mismatch on open, device data that breaks its
 * models, a push it cannot complete) is a {@link DriverException} of that family. Expected
 * outcomes (a non-empty diff, a port that is down) are values.
 *
 * <p>Every {@link ConfigDiff} reads as "what a push would change": {@code before} is what the
 * device has, {@code after} what the candidate or the golden configuration says.
 *
 * <p>Implementations: {@code org.switchover.platform.PlatformDrivers#open(String, NetconfSession)}.
 */
public interface PlatformDriver extends AutoCloseable {

    /** The inventory name of the device this driver talks to. */
    String device();

    /** Identity and hardware read from the device's operational state. */
    DeviceFacts facts();

    /**
     * Stages {@code config} on the device (the candidate datastore, or a saved copy of running
     * when the device has no candidate), replacing or merging the subtrees the payload owns.
     */
    void loadCandidate(ConfigPayload config, LoadMode mode);

    /** What committing the loaded candidate would change in running, on the owned subtrees. */
    ConfigDiff compare();

    /**
     * The difference between running (before) and {@code golden} (after) on the subtrees
     * {@code golden} owns; empty means compliant. Reads running, changes nothing.
     */
    ConfigDiff compliance(ConfigPayload golden);

    /**
     * Commits with a rollback after {@code timeout} unless confirmed: the device's own when it
     * has :confirmed-commit, else the driver's from the copy saved at load time, and then the
     * result says so ({@link CommitResult#emulated()}).
     */
    CommitResult commitConfirmed(Duration timeout, String persistId);

    /**
     * True when {@link #commitConfirmed} is held by the device itself (it rolls back by itself when
     * nobody confirms); false when the driver emulates it from {@link #savedRunning}, which then
     * only this process can do.
     */
    boolean confirmsNatively();

    /**
     * The copy of running saved by the last {@link #loadCandidate} (or {@link #setPortsEnabled}),
     * as a payload that, loaded as a merge, puts the subtrees that load owned back as they were;
     * empty before any load in this session.
     */
    java.util.Optional<ConfigPayload> savedRunning();

    /**
     * Whether a confirmed commit outlives the session that made it (confirmed-commit 1.1 with
     * persist). When false, the pending change is tied to this driver's session: closing it, or
     * losing it, rolls the change back, so callers keep the driver open until they confirm or
     * cancel, and after a crash ask {@link #pendingCommit} instead of confirming blindly.
     */
    default boolean confirmedCommitPersists() {
        return true;
    }

    /**
     * Whether the confirmed commit {@code persistId}, made by an earlier session, is still pending
     * on the device, as the device records it; UNKNOWN when the platform keeps no such record.
     */
    default PendingCommitState pendingCommit(String persistId) {
        return PendingCommitState.UNKNOWN;
    }

    /** Makes a confirmed commit permanent. */
    void confirm(String persistId);

    /** Cancels a pending confirmed commit; the device returns to its state before it. */
    void cancel(String persistId);

    /** Drops a loaded, uncommitted candidate. */
    void discard();

    /** Restores running from the copy saved before the last push. */
    void rollback();

    List<InterfaceState> interfaces();

    List<VlanState> vlans();

    List<LldpNeighbor> lldpNeighbors();

    /**
     * {@link #interfaces()} and {@link #lldpNeighbors()} together, from one read where the device
     * allows it, narrowed to what an audit checks: each interface's name, admin and oper status and
     * VLAN membership, and the neighbours. Descriptions and speeds may be left out (empty, 0).
     */
    default PortsAndNeighbors portsAndNeighbors() {
        return new PortsAndNeighbors(interfaces(), lldpNeighbors());
    }

    /** Loads a merge candidate that sets the admin state of {@code ports}; commit it to take effect. */
    void setPortsEnabled(Set<String> ports, boolean enabled);

    /**
     * Makes the running configuration the one the device boots with, once a change is confirmed:
     * copies running to startup where the device keeps them apart (RFC 6241 {@code :startup}), or
     * sends the vendor's save RPC. Returns how, for the journal; empty when nothing is needed
     * (running is what boots, as on Junos, where a commit is persistent).
     */
    String saveRunning();

    /**
     * Whether the session is still usable: false once closed, or once the device or the network
     * dropped it. A driver that is not open never becomes open again.
     */
    boolean isOpen();

    @Override
    void close();
}
