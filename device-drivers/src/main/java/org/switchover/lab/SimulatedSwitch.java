package org.switchover.lab;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchover.lab.config.ConfigStore;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.state.PortNumbersHidden;
import org.switchover.lab.state.StateModel;
import org.switchover.lab.state.SwitchIdentity;
import org.switchover.lab.state.YangLibrary;

/**
 * One simulated switch: identity, datastores, the faults injected into it, and its open NETCONF
 * sessions. Its operational state is derived on each request from its running configuration and
 * the lab's {@link Topology}; nothing of it is stored.
 */
public final class SimulatedSwitch {

    /** An open NETCONF session, as the switch needs to end it. */
    public interface OpenSession {
        long id();

        /** Drops the transport at once, without a reply, as a crash or a cut cable would. */
        void drop();
    }

    private final SwitchIdentity identity;
    private final SwitchPlatform platform;
    private final SwitchCredentials credentials;
    private final ConfigStore store;
    private final StateModel stateModel;
    private final Topology topology;
    private final Map<Long, OpenSession> sessions = new ConcurrentHashMap<>();
    /**
     * Every {@code <get>} asks the admin state of each port here and of the far ends, each a search
     * of running's interfaces; the answers hold as long as running is the same tree, since a
     * stored tree is replaced, never changed.
     */
    private volatile AdminStates adminStates = new AdminStates(null, Map.of());
    private volatile boolean powered = true;
    private volatile Duration replyDelay = Duration.ZERO;
    private final AtomicInteger repliesBeforeDrop = new AtomicInteger(-1);
    private volatile int port;
    /** How long a Junos "minute" of confirm-timeout lasts: a minute, unless a test shortens it. */
    private volatile Duration junosMinute = Duration.ofMinutes(1);

    /** The admin states read so far from one running tree. */
    private record AdminStates(XmlNode running, Map<String, Boolean> byPort) {}

    SimulatedSwitch(SwitchIdentity identity, SwitchPlatform platform, SwitchCredentials credentials, ConfigStore store, Topology topology) {
        this.identity = identity;
        this.platform = platform;
        this.credentials = credentials;
        this.store = store;
        this.stateModel = StateModel.of(platform);
        this.topology = topology;
    }

    public String name() {
        return identity.name();
    }

    public SwitchIdentity identity() {
        return identity;
    }

    public SwitchPlatform platform() {
        return platform;
    }

    public SwitchModel model() {
        return identity.model();
    }

    public ConfigStore store() {
        return store;
    }

    public SwitchCredentials credentials() {
        return credentials;
    }

    /** The TCP port on 127.0.0.1 where it listens (kept across power cycles). */
    public int port() {
        return port;
    }

    void setPort(int port) {
        this.port = port;
    }

    public boolean powered() {
        return powered;
    }

    void setPowered(boolean on) {
        this.powered = on;
    }

    /** The hostname LLDP neighbours hear: the configured one, or the lab name on a factory-default switch. */
    public String hostname() {
        return stateModel.hostname(store.runningView()).orElse(identity.name());
    }

    public boolean adminEnabled(String port) {
        XmlNode running = store.runningView();
        AdminStates known = adminStates;
        if (known.running() != running) {
            known = new AdminStates(running, new ConcurrentHashMap<>());
            adminStates = known;
        }
        return known.byPort().computeIfAbsent(port, p -> stateModel.adminEnabled(running, p));
    }

    /** Configuration and state as {@code <get>} returns them. */
    public XmlNode operationalData() {
        return operationalData(FilterRoots.ALL);
    }

    /**
     * The top-level subtrees of {@link #operationalData()} that {@code wanted} may match, each as
     * there and in the same order: what a filtered {@code <get>} needs, built without the rest.
     */
    public XmlNode operationalData(FilterRoots wanted) {
        XmlNode data = stateModel.data(store.runningView(), identity, p -> topology.status(this, p), wanted);
        if (platform.servesYangLibrary() && store.features().moduleCapabilities() && wanted.mayMatch(YangLibrary.NS, YangLibrary.ROOT)) {
            data.add(YangLibrary.modulesState(platform));
        }
        if (!store.features().portNumbers()) PortNumbersHidden.strip(data);
        return data;
    }

    public List<String> moduleCapabilities() {
        return stateModel.moduleCapabilities();
    }

    public void register(OpenSession session) {
        sessions.put(session.id(), session);
    }

    public void unregister(long sessionId) {
        sessions.remove(sessionId);
    }

    public Optional<OpenSession> session(long id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Drops every open session (power loss). */
    void dropSessions() {
        List.copyOf(sessions.values()).forEach(OpenSession::drop);
    }

    public int openSessions() {
        return sessions.size();
    }

    /** Fault: every reply waits this long before it is sent. */
    public void delayReplies(Duration delay) {
        this.replyDelay = delay;
    }

    public Duration replyDelay() {
        return replyDelay;
    }

    /** Fault: the session that receives the request after the next {@code n} replies is dropped instead of answered. */
    public void dropSessionAfter(int n) {
        repliesBeforeDrop.set(n);
    }

    /** Called for every request: true when the session must be dropped now instead of answering it. */
    public boolean consumeReplyBudget() {
        while (true) {
            int left = repliesBeforeDrop.get();
            if (left < 0) return false;
            int next = left == 0 ? -1 : left - 1;
            if (repliesBeforeDrop.compareAndSet(left, next)) return left == 0;
        }
    }

    /** The derived state of {@code port}: admin state from running, oper state and neighbour from the cabling. */
    public org.switchover.lab.state.PortStatus portStatus(String port) {
        return topology.status(this, port);
    }

    /** The length of one minute of a Junos {@code <commit-configuration>} confirm-timeout. */
    public Duration junosMinute() {
        return junosMinute;
    }

    /**
     * Lab-only: Junos counts confirm timeouts in minutes; tests that watch a confirmed commit time
     * out make a minute last {@code length} instead of waiting whole minutes.
     */
    public void shortenJunosMinute(Duration length) {
        this.junosMinute = length;
    }

    public boolean acceptsPassword(String user, String password) {
        return powered && credentials.acceptsPassword(user, password);
    }

    public boolean acceptsKey(String user, java.security.PublicKey key) {
        return powered && credentials.acceptsKey(user, key);
    }
}
