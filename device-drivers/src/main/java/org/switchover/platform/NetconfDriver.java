package org.switchover.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.DriverException;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.LoadMode;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.driver.PlatformMismatchException;
import org.switchover.driver.StructuralDiff;
import org.switchover.driver.VlanState;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfException;
import org.switchover.netconf.NetconfSession;
import org.w3c.dom.Element;

/**
 * The {@link PlatformDriver} over one NETCONF session, for any platform: the YANG knowledge comes
 * from a {@link PlatformModel}, the push mechanics from {@link ConfigPush}. Owns the session and
 * closes it.
 */
public final class NetconfDriver implements PlatformDriver {

    private final NetconfSession session;
    private final PlatformModel model;
    private final SubtreeReads reads;
    private final ConfigPush push;
    private final StructuralDiff diff;
    private final Set<String> namespaces;

    private NetconfDriver(NetconfSession session, PlatformModel model, Set<String> namespaces, Clock clock) {
        this.session = session;
        this.namespaces = namespaces;
        this.model = model;
        this.reads = new SubtreeReads(session);
        this.push = new ConfigPush(session, reads, DatastoreSupport.of(session.serverCapabilities()), clock, model::ownedAreas);
        this.diff = new StructuralDiff(model.schema());
    }

    /**
     * A driver for {@code model} on {@code session}, after checking that the device implements the
     * platform's modules and a writable datastore.
     *
     * @throws PlatformMismatchException naming what is missing; the session is left open for the caller to close
     */
    public static NetconfDriver open(PlatformModel model, NetconfSession session, Clock clock) {
        Optional<Element> library = ModuleCheck.advertisesYangLibrary(session.serverCapabilities())
                ? yangLibrary(session) : Optional.empty();
        Set<String> modules = library.map(ModuleCheck::libraryModules).orElse(Set.of());
        Optional<PlatformRecognition.Seen> seen = PlatformRecognition.vendor(session.serverCapabilities(), modules);
        if (seen.isPresent() && !seen.get().platform().equals(model.id())) {
            throw PlatformMismatchException.seen(session.device(), model.id(), seen.get().platform(), seen.get().vendor(), seen.get().evidence());
        }
        List<String> missing = ModuleCheck.missing(model, session.serverCapabilities(), modules);
        if (!missing.isEmpty()) {
            // junos has no PlatformModel; PlatformRecognition above names a Junos device already
            List<String> speaks = PlatformDrivers.PLATFORMS.stream().filter(p -> !p.equals(model.id()) && !p.equals("junos"))
                    .filter(p -> ModuleCheck.missing(PlatformDrivers.model(p), session.serverCapabilities(), modules).isEmpty()).toList();
            throw new PlatformMismatchException(session.device(), model.id(), missing, speaks);
        }
        Set<String> namespaces = new TreeSet<>(ModuleCheck.namespaces(session.serverCapabilities(), library));
        model.requiredModules().forEach(m -> namespaces.add(m.namespace()));
        return new NetconfDriver(session, model, namespaces, clock);
    }

    /** The server's YANG library (the client falls back to RFC 7895 modules-state); empty when it cannot be read. */
    private static Optional<Element> yangLibrary(NetconfSession session) {
        try {
            return Optional.of(session.yangLibrary());
        } catch (NetconfException e) {
            // a server that advertises the library but cannot serve it still lists its YANG 1.0 modules in the hello
            return Optional.empty();
        }
    }

    /** The platform id this driver speaks. */
    public String platform() {
        return model.id();
    }

    /** Which push mechanics the device offers, and so which fallbacks are in use. */
    public DatastoreSupport support() {
        return push.support();
    }

    @Override
    public String device() {
        return session.device();
    }

    @Override
    public DeviceFacts facts() {
        return read(model.factsFilter(), d -> model.facts(device(), d));
    }

    @Override
    public void loadCandidate(ConfigPayload config, LoadMode mode) {
        push.load(config, mode);
    }

    /** Before is running, after is what the loaded candidate would make it. */
    @Override
    public ConfigDiff compare() {
        return diff(push.baseline(), push.staged(), OwnedArea.tops(push.owned()));
    }

    /**
     * Before is running, after is {@code golden}, both on the areas golden owns (see
     * {@link PlatformModel#ownedAreas}): the change a push of golden would make; empty means compliant.
     */
    @Override
    public ConfigDiff compliance(ConfigPayload golden) {
        List<OwnedArea> areas = model.ownedAreas(golden);
        Element running = reads.getConfig(Datastore.RUNNING, OwnedSubtrees.areaFilter(areas));
        if (!areas.stream().allMatch(OwnedArea::isWhole)) running = OwnedSubtrees.selectAreas(running, areas);
        return diff(running, OwnedSubtrees.intended(golden, areas), golden.ownedSubtrees());
    }

    @Override
    public CommitResult commitConfirmed(Duration timeout, String persistId) {
        return push.commitConfirmed(timeout, persistId);
    }

    /** Only confirmed-commit 1.1 has persist; an emulated confirmed commit lives in this process and session. */
    @Override
    public boolean confirmedCommitPersists() {
        return push.support().candidate() && push.support().confirmedCommit() && push.support().persist();
    }

    @Override
    public boolean confirmsNatively() {
        return push.support().candidate() && push.support().confirmedCommit();
    }

    @Override
    public Optional<ConfigPayload> savedRunning() {
        return push.savedRunning();
    }

    @Override
    public void confirm(String persistId) {
        push.confirm(persistId);
    }

    @Override
    public void cancel(String persistId) {
        push.cancel(persistId);
    }

    @Override
    public String saveRunning() {
        if (session.serverCapabilities().startup()) {
            // RFC 6241 8.7: with :startup, running is not what the device boots with until copied
            session.copyConfig(Datastore.RUNNING, Datastore.STARTUP);
            return "running copied to startup";
        }
        Optional<String> save = model.saveRunningRpc(namespaces);
        if (save.isEmpty()) return "";
        session.rpc(save.get());
        return "running saved as the startup configuration";
    }

    @Override
    public void discard() {
        push.discard();
    }

    @Override
    public void rollback() {
        push.rollback();
    }

    @Override
    public List<InterfaceState> interfaces() {
        return read(model.interfacesFilter(), d -> model.interfaces(device(), d));
    }

    @Override
    public List<VlanState> vlans() {
        return read(model.vlansFilter(), d -> model.vlans(device(), d));
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors() {
        return read(model.lldpFilter(), d -> model.lldpNeighbors(device(), d));
    }

    /** Loads the merge; ports the device does not have are refused by name before anything is sent. */
    @Override
    public PortsAndNeighbors portsAndNeighbors() {
        return read(model.portsAndNeighborsFilter(),
                d -> new PortsAndNeighbors(model.interfaces(device(), d), model.lldpNeighbors(device(), d),
                        model.uninterpreted(device(), d)));
    }

    @Override
    public void setPortsEnabled(Set<String> ports, boolean enabled) {
        Set<String> unknown = new TreeSet<>(ports);
        unknown.removeAll(facts().ports());
        if (!unknown.isEmpty()) {
            throw new DriverException(device(), device() + " has no port " + String.join(", ", unknown)
                    + "; check the port names in the inventory against the device's interfaces");
        }
        push.load(model.portsEnabled(device(), ports, enabled), LoadMode.MERGE);
    }

    /** Rolls back an emulated confirmed commit still pending, unlocks and closes the session. */
    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        try {
            push.close();
        } finally {
            session.close();
        }
    }

    /**
     * {@code <get>} of {@code filter}. RFC 6241's get returns configuration and state together; a
     * server that answers it with nothing at all (OpenDaylight's netconf-testtool serves an empty
     * operational store) is read from its running configuration instead, so what is configured is
     * still seen, and what only state could tell (oper-status, neighbours) stays unknown.
     */
    private <T> T read(String filter, Function<YangData, T> parse) {
        Element data = reads.get(filter, namespaces::contains);
        if (DeviceXml.children(data).isEmpty()) data = reads.getConfig(Datastore.RUNNING, filter, namespaces::contains);
        return parse.apply(YangData.root(data));
    }

    private ConfigDiff diff(Element before, Element after, List<ConfigPayload.Subtree> owned) {
        try {
            return diff.compare(before, after, owned);
        } catch (IllegalArgumentException e) {
            throw new MalformedDeviceDataException(device(), "running configuration", e.getMessage());
        }
    }
}
