package org.switchover.driver;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The one contract every platform implements: everything above it speaks these neutral records
 * and {@link ConfigDiff}; only implementations know a platform's YANG paths.
 *
 * <p>Device and network failures are thrown as {@code org.switchover.netconf.NetconfException}s;
 * expected outcomes (a non-empty diff, a port that is down) are values.
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

    /** The difference between running and {@code golden} on the subtrees {@code golden} owns. */
    ConfigDiff compliance(ConfigPayload golden);

    /** Commits with a device-side rollback after {@code timeout} unless confirmed. */
    CommitResult commitConfirmed(Duration timeout, String persistId);

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

    /** Loads a merge candidate that sets the admin state of {@code ports}; commit it to take effect. */
    void setPortsEnabled(Set<String> ports, boolean enabled);

    @Override
    void close();
}
