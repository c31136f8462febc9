package org.switchover.platform.junos;

import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.DriverException;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.LoadMode;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.PendingCommitState;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PlatformMismatchException;
import org.switchover.driver.StructuralDiff;
import org.switchover.driver.VlanState;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfException;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcReply;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.ModuleCheck;
import org.w3c.dom.Element;

/**
 * The {@link PlatformDriver} of Junos switches over one NETCONF session: the candidate
 * configuration edited with NETCONF, commits through the Junos XML API
 * ({@code <commit-configuration>}, timeouts in minutes, see {@link JunosCommands}), state from the
 * Junos operational RPCs ({@link JunosState}), Junos error shapes translated ({@link JunosErrors}).
 *
 * <p>Junos advertises confirmed-commit 1.0 only: a confirmed commit has no persist-id and belongs
 * to the session that made it. Closing or losing this driver's session rolls a pending change
 * back, so callers keep the driver open until they confirm or cancel;
 * {@link #confirmedCommitPersists()} says so, and {@link #pendingCommit} reads the device's commit
 * history to tell a later session whether the change is still pending.
 */
public final class JunosDriver implements PlatformDriver {

    private final NetconfSession session;
    private final JunosState state;
    private final StructuralDiff diff = new StructuralDiff(JunosPlatform.SCHEMA);

    private Element savedCopy;
    /** The payload {@link #savedCopy} was saved for: it says which interface and VLAN entries the copy covers. */
    private ConfigPayload loaded;
    private boolean locked;
    private boolean staged;
    private String pending;

    private JunosDriver(NetconfSession session) {
        this.session = session;
        this.state = new JunosState(session.device());
    }

    /**
     * A driver on {@code session}, once the hello (and YANG library, when advertised) show a Junos
     * device with the EX configuration modules and a candidate.
     *
     * @throws PlatformMismatchException naming what is missing; the session is left open for the caller to close
     */
    public static JunosDriver open(NetconfSession session) {
        Set<String> modules = new TreeSet<>(ModuleCheck.helloModules(session.serverCapabilities()));
        if (ModuleCheck.advertisesYangLibrary(session.serverCapabilities())) {
            try {
                modules.addAll(ModuleCheck.libraryModules(session.yangLibrary()));
            } catch (NetconfException e) {
                // the hello's modules are all there is to go on
            }
        }
        List<String> missing = JunosPlatform.missing(session.serverCapabilities(), modules);
        if (!missing.isEmpty()) throw new PlatformMismatchException(session.device(), JunosPlatform.ID, missing);
        return new JunosDriver(session);
    }

    @Override
    public String device() {
        return session.device();
    }

    @Override
    public DeviceFacts facts() {
        return state.facts(rpc(JunosCommands.softwareInformation()), rpc(JunosCommands.chassisInventory()),
                rpc(JunosCommands.interfaceInformation()));
    }

    @Override
    public synchronized void loadCandidate(ConfigPayload config, LoadMode mode) {
        if (pending != null) {
            throw new DriverException(device(), "a confirmed commit is pending on " + device() + "; confirm or cancel it before loading again");
        }
        String body = JunosConfig.editConfig(config, mode);
        step("lock candidate", this::lock);
        try {
            savedCopy = session.getConfig(Datastore.RUNNING, Optional.of(JunosConfig.filter(config)));
            loaded = config;
            session.discardChanges();
            session.editConfig(EditConfig.of(Datastore.CANDIDATE, body));
            session.validate(Datastore.CANDIDATE);
            staged = true;
        } catch (NetconfException e) {
            try {
                session.discardChanges();
            } catch (NetconfException ignored) {
                // the candidate is not running: what stays in it changes nothing
            }
            unlockQuietly();
            throw new DriverException(device(), "loading the configuration into candidate of " + device()
                    + " failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    @Override
    public ConfigDiff compare() {
        checkState(savedCopy != null, "nothing has been loaded on %s", device());
        return diff(read(Datastore.RUNNING, loaded), read(Datastore.CANDIDATE, loaded));
    }

    @Override
    public ConfigDiff compliance(ConfigPayload golden) {
        return diff(read(Datastore.RUNNING, golden), JunosConfig.intended(golden));
    }

    @Override
    public synchronized CommitResult commitConfirmed(Duration timeout, String persistId) {
        checkState(staged, "nothing loaded to commit on %s", device());
        long minutes = JunosCommands.confirmMinutes(timeout);
        step("commit confirmed", () -> rpc(JunosCommands.commitConfirmed(timeout, persistId)));
        staged = false;
        pending = persistId;
        return new CommitResult(persistId, false, device() + " rolls back by itself after " + minutes + " min unless confirmed"
                + " (Junos counts the confirm timeout in minutes; " + timeout.toSeconds() + " s asked); without persist, only this"
                + " session can confirm it, and losing the session rolls it back");
    }

    @Override
    public synchronized void confirm(String persistId) {
        try {
            requirePending(persistId, "confirm");
            step("confirm commit " + persistId, () -> rpc(JunosCommands.commit(JunosCommands.confirmLog(persistId))));
        } finally {
            pending = null;
            unlockQuietly();
        }
    }

    /** Loads the configuration from before the commit ({@code rollback 1}) and commits it, which also ends the pending commit. */
    @Override
    public synchronized void cancel(String persistId) {
        try {
            requirePending(persistId, "cancel");
            step("cancel commit " + persistId, () -> {
                rpc(JunosCommands.loadPreviousCommit());
                rpc(JunosCommands.commit("switchover cancel " + persistId));
            });
        } finally {
            pending = null;
            unlockQuietly();
        }
    }

    @Override
    public synchronized void discard() {
        step("discard changes", session::discardChanges);
        staged = false;
        unlockQuietly();
    }

    @Override
    public synchronized void rollback() {
        if (savedCopy == null) {
            throw new DriverException(device(), "no copy of running was saved on " + device() + " in this session; nothing to roll back to");
        }
        if (pending != null) {
            cancel(pending);
            return;
        }
        step("restore the saved copy of running", () -> {
            lock();
            session.discardChanges();
            session.editConfig(EditConfig.of(Datastore.CANDIDATE, JunosConfig.restore(savedCopy, loaded)));
            rpc(JunosCommands.commit("switchover rollback"));
        });
        staged = false;
        unlockQuietly();
    }

    /** Junos holds its confirmed commits itself (confirmed-commit 1.0): it rolls back on its own. */
    @Override
    public boolean confirmsNatively() {
        return true;
    }

    /** Nothing is emulated on Junos, so no copy of running is kept for the engine's journal. */
    @Override
    public java.util.Optional<org.switchover.driver.ConfigPayload> savedRunning() {
        return java.util.Optional.empty();
    }

    @Override
    public boolean confirmedCommitPersists() {
        return false;
    }

    /** Reads the device's commit history; see {@link JunosCommitHistory#state}. */
    @Override
    public PendingCommitState pendingCommit(String persistId) {
        return JunosCommitHistory.state(rpc(JunosCommands.commitInformation()), persistId);
    }

    /** The subtree filter a compliance read against {@code golden} sends (for peers that measure the same reads). */
    public static String configFilter(ConfigPayload golden) {
        return JunosConfig.filter(golden);
    }

    /** The Junos RPCs a read of ports and neighbours sends, besides the interfaces' configuration (for peers that measure the same reads). */
    public static List<String> stateRpcs() {
        return List.of(JunosCommands.interfaceInformation(), JunosCommands.switchingInterfaces(), JunosCommands.lldpNeighbors());
    }

    @Override
    public List<InterfaceState> interfaces() {
        return state.interfaces(rpc(JunosCommands.interfaceInformation()), rpc(JunosCommands.switchingInterfaces()),
                session.getConfig(Datastore.RUNNING, Optional.of("<configuration xmlns=\"" + JunosPlatform.ROOT + "\"><interfaces xmlns=\""
                        + JunosPlatform.INTERFACES + "\"/></configuration>")));
    }

    /** The VLAN table is configuration ({@code vlans/vlan} name and vlan-id); membership comes with {@link #interfaces()}. */
    @Override
    public List<VlanState> vlans() {
        return state.vlans(session.getConfig(Datastore.RUNNING, Optional.of("<configuration xmlns=\""
                + JunosPlatform.ROOT + "\"><vlans xmlns=\"" + JunosPlatform.VLANS + "\"/></configuration>")));
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors() {
        return state.lldpNeighbors(rpc(JunosCommands.lldpNeighbors()));
    }

    /** Ports the device does not have are refused by name before anything is sent. */
    @Override
    public void setPortsEnabled(Set<String> ports, boolean enabled) {
        Set<String> unknown = new TreeSet<>(ports);
        unknown.removeAll(facts().ports());
        if (!unknown.isEmpty()) {
            throw new DriverException(device(), device() + " has no port " + String.join(", ", unknown)
                    + "; check the port names in the inventory against the device's interfaces");
        }
        loadCandidate(JunosPorts.enabled(device(), ports, enabled), LoadMode.MERGE);
    }

    /** Unlocks and closes the session; a confirmed commit still pending rolls back on the device as the session ends. */
    /** A Junos commit is the configuration the device boots with: nothing to save. */
    @Override
    public String saveRunning() {
        return "";
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        try {
            unlockQuietly();
        } finally {
            session.close();
        }
    }

    private void requirePending(String persistId, String what) {
        if (!persistId.equals(pending)) {
            throw new DriverException(device(), "no confirmed commit '" + persistId + "' of this session is pending on " + device()
                    + " to " + what + "; Junos ties a confirmed commit to the session that made it (no persist)");
        }
        if (pendingCommit(persistId) != PendingCommitState.PENDING) {
            throw new DriverException(device(), "the confirmed commit '" + persistId + "' is no longer pending on " + device()
                    + ": its confirm timeout passed and the device rolled it back; nothing to " + what);
        }
    }

    /** What {@code payload} owns, as {@code source} holds it. */
    private Element read(Datastore source, ConfigPayload payload) {
        return JunosConfig.markEmptyLeaves(session.getConfig(source, Optional.of(JunosConfig.filter(payload))));
    }

    private ConfigDiff diff(Element before, Element after) {
        try {
            return diff.compare(before, after, List.of(JunosConfig.CONFIGURATION));
        } catch (IllegalArgumentException e) {
            throw new MalformedDeviceDataException(device(), "running configuration", e.getMessage());
        }
    }

    /** Sends a Junos RPC and returns its reply, failing on the Junos error shapes as on rpc-errors. */
    private Element rpc(String operation) {
        RpcReply reply = session.rpc(operation);
        return JunosErrors.check(reply, device(), operationName(operation)).element();
    }

    private void lock() {
        if (locked) return;
        session.lock(Datastore.CANDIDATE);
        locked = true;
    }

    private void unlockQuietly() {
        if (!locked) return;
        try {
            if (session.isOpen()) session.unlock(Datastore.CANDIDATE);
        } catch (NetconfException e) {
            // the lock goes with the session anyway
        }
        locked = false;
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

    private static String operationName(String xml) {
        int start = xml.indexOf('<') + 1;
        int end = start;
        while (end < xml.length() && " />".indexOf(xml.charAt(end)) < 0) end++;
        return xml.substring(start, end);
    }

    @Override
    public String toString() {
        return "JunosDriver[" + device() + "]";
    }
}
