package org.switchover.lab;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import org.switchover.lab.config.ConfigRules;
import org.switchover.lab.config.ConfigStore;
import org.switchover.lab.config.IosxeManagement;
import org.switchover.lab.config.Schema;
import org.switchover.lab.config.TimeoutScheduler;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlReader;
import org.switchover.lab.server.LabSshServer;
import org.switchover.lab.state.SwitchIdentity;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.RpcError;

/**
 * A running lab: simulated switches listening for NETCONF over SSH on 127.0.0.1, cabled as its
 * {@link LabSpec} says, with the faults tests and people inject. All switches share one SSH
 * server (one acceptor, one worker pool) and one scheduler. The lab directory receives
 * {@code hostkeys/} (one persistent key per switch) and {@code known_hosts} for its addresses.
 */
public final class Lab implements AutoCloseable {
    /** Session ids handed to locks held by the "another session" fault; far above real ones. */
    private static final long PHANTOM_SESSION_BASE = 1_000_000_000L;

    private final LabSpec spec;
    private final Map<String, SimulatedSwitch> switches = new LinkedHashMap<>();
    private final Topology topology = new Topology(switches);
    private final ScheduledThreadPoolExecutor scheduler;
    private final LabSshServer ssh;
    private final AtomicLong phantomSessions = new AtomicLong(PHANTOM_SESSION_BASE);

    private Lab(LabSpec spec) {
        this.spec = spec;
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "lab-timers");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        this.ssh = new LabSshServer(spec.directory().resolve("hostkeys"), scheduler);
    }

    /** Builds every switch, checks its initial configuration, cables them, and starts listening. */
    public static Lab start(LabSpec spec) throws IOException {
        Lab lab = new Lab(spec);
        try {
            lab.build();
            lab.listen();
            return lab;
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private void build() {
        Schema schema = Schema.standard();
        TimeoutScheduler timeouts = TimeoutScheduler.of(scheduler);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (LabSpec.SwitchSpec s : spec.switches()) {
            ConfigRules rules = ConfigRules.of(s.platform(), s.model());
            XmlNode initial = XmlReader.parseConfig(s.initialConfig(), "initial config of " + s.name());
            if (s.platform() == SwitchPlatform.IOSXE) initial = IosxeManagement.under(initial, schema);
            List<RpcError> invalid = rules.check(initial);
            checkArgument(invalid.isEmpty(), "initial config of switch %s is invalid for %s: %s", s.name(), s.platform().id(), invalid);
            ConfigStore store = new ConfigStore(features(s), rules, schema, initial, timeouts);
            // a Catalyst reloads into its startup configuration, which only its save command writes
            if (s.platform() == SwitchPlatform.IOSXE) store.bootFromVendorSavedCopy();
            SwitchIdentity id = new SwitchIdentity(s.name(), s.model(), s.serial(), SwitchIdentity.macFor(s.name()), started);
            switches.put(s.name(), new SimulatedSwitch(id, s.platform(), s.credentials(), store, topology));
        }
        for (LabSpec.CableSpec c : spec.cables()) topology.connect(c.a(), c.b());
    }

    /** A Junos switch has neither a writable running nor a startup datastore nor rollback-on-error, whatever the spec asks. */
    private static org.switchover.lab.config.SwitchFeatures features(LabSpec.SwitchSpec s) {
        if (s.platform() != SwitchPlatform.JUNOS) return s.features();
        return s.features().without("writable-running").without("startup").without("rollback-on-error").without("base-1.1");
    }

    private void listen() throws IOException {
        Files.createDirectories(spec.directory().resolve("hostkeys"));
        ssh.start();
        for (LabSpec.SwitchSpec s : spec.switches()) {
            SimulatedSwitch sw = switches.get(s.name());
            sw.setPort(ssh.bind(sw, s.port()));
        }
        writeKnownHosts();
    }

    private void writeKnownHosts() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (SimulatedSwitch sw : switches.values()) {
            lines.append("[127.0.0.1]:").append(sw.port()).append(' ').append(ssh.hostPublicKey(sw.name())).append('\n');
        }
        Files.writeString(knownHosts(), lines.toString(), StandardCharsets.UTF_8);
    }

    /** An OpenSSH known_hosts file naming every switch's address and host key. */
    public Path knownHosts() {
        return spec.directory().resolve("known_hosts");
    }

    public Path directory() {
        return spec.directory();
    }

    public LabSpec spec() {
        return spec;
    }

    public SimulatedSwitch get(String name) {
        SimulatedSwitch sw = switches.get(name);
        checkArgument(sw != null, "no switch '%s' in the lab; it has %s", name, switches.keySet());
        return sw;
    }

    public List<SimulatedSwitch> switches() {
        return new ArrayList<>(switches.values());
    }

    public Topology topology() {
        return topology;
    }

    /** Fault: the switch loses power; its sessions drop and it stops listening. */
    public synchronized void powerOff(String name) {
        SimulatedSwitch sw = get(name);
        if (!sw.powered()) return;
        sw.setPowered(false);
        ssh.unbind(sw);
        sw.dropSessions();
    }

    /** Power returns: the switch boots (running from startup) and listens on its old port. */
    public synchronized void powerOn(String name) throws IOException {
        SimulatedSwitch sw = get(name);
        if (sw.powered()) return;
        sw.store().reboot();
        sw.setPort(ssh.bind(sw, sw.port()));
        sw.setPowered(true);
    }

    public void unplug(Topology.Endpoint end) {
        topology.unplug(end);
    }

    public void plug(Topology.Endpoint a, Topology.Endpoint b) {
        topology.connect(a, b);
    }

    /** Racks {@code spare} in {@code old}'s place: every cable of {@code old} moves to the same port of {@code spare}. */
    public Topology.Racking rack(String spare, String old) {
        return topology.rack(spare, old);
    }

    /** Fault: mis-cabling; the cable at {@code from} now ends at {@code to}. */
    public void move(Topology.Endpoint from, Topology.Endpoint to) {
        topology.move(from, to);
    }

    /** Fault: the port's hardware fails (oper-down whatever its config says) or is repaired. */
    public void failPort(Topology.Endpoint port, boolean failed) {
        topology.fail(port, failed);
    }

    public void delayReplies(String name, Duration delay) {
        get(name).delayReplies(delay);
    }

    public void dropSessionAfter(String name, int replies) {
        get(name).dropSessionAfter(replies);
    }

    public void rejectNextCommit(String name) {
        get(name).store().rejectNextCommit();
    }

    /** Fault: a session that is not connected takes the lock; returns its session-id (kill-session releases it). */
    public long holdLock(String name, Datastore target) {
        long id = phantomSessions.incrementAndGet();
        get(name).store().lock(id, target);
        return id;
    }

    /** Releases every lock held through {@link #holdLock}. */
    public void releaseHeldLocks(String name) {
        SimulatedSwitch sw = get(name);
        sw.store().lockHolderSessions().stream().filter(id -> id > PHANTOM_SESSION_BASE).forEach(id -> sw.store().sessionEnded(id));
    }

    @Override
    public void close() {
        try {
            ssh.close();
        } catch (IOException e) {
            // closing: nothing left to do with the error
        } finally {
            scheduler.shutdownNow();
        }
    }
}
