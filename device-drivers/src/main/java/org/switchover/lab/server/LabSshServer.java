package org.switchover.lab.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.switchover.lab.SimulatedSwitch;

/**
 * One Apache MINA SSHD server for a whole lab: a single acceptor bound to one 127.0.0.1 port per
 * switch, one I/O worker pool and one pool of NETCONF session threads shared by all switches.
 * The switch of a connection is found from the local port it arrived on, which selects the host
 * key and the credentials. Host keys (ECDSA P-256) are kept in {@code hostKeyDir}, one file per
 * switch, so they survive restarts and known_hosts keeps working.
 */
public final class LabSshServer implements AutoCloseable {
    private final Path hostKeyDir;
    private final ScheduledExecutorService scheduler;
    private final Map<Integer, SimulatedSwitch> byPort = new ConcurrentHashMap<>();
    private final Map<String, SimpleGeneratorHostKeyProvider> hostKeys = new ConcurrentHashMap<>();
    private final AtomicLong sessionIds = new AtomicLong();
    private final ExecutorService sessionThreads;
    private final ExposedServer sshd = (ExposedServer) ServerBuilder.builder().factory(ExposedServer::new).build();

    /** SshServer with its acceptor reachable, so more addresses can be bound after start. */
    private static final class ExposedServer extends SshServer {
        org.apache.sshd.common.io.IoAcceptor acceptor() {
            return acceptor;
        }
    }

    public LabSshServer(Path hostKeyDir, ScheduledExecutorService scheduler) {
        this.hostKeyDir = hostKeyDir;
        this.scheduler = scheduler;
        AtomicInteger n = new AtomicInteger();
        this.sessionThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lab-netconf-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void start() throws IOException {
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(new RoutingKeys());
        sshd.setPasswordAuthenticator((user, password, session) ->
                switchFor(session).map(sw -> sw.acceptsPassword(user, password)).orElse(false));
        sshd.setPublickeyAuthenticator((user, key, session) ->
                switchFor(session).map(sw -> sw.acceptsKey(user, key)).orElse(false));
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setSubsystemFactories(List.of(new SubsystemFactory() {
            @Override
            public String getName() {
                return "netconf";
            }

            @Override
            public org.apache.sshd.server.command.Command createSubsystem(ChannelSession channel) {
                return new NetconfSubsystem(LabSshServer.this, sessionIds.incrementAndGet());
            }
        }));
        sshd.start();
        // start() binds one ephemeral address; switches bind their own
        sshd.acceptor().unbind();
    }

    /** Listens for {@code sw} on 127.0.0.1:{@code port} (0 picks a free port); returns the port. */
    public synchronized int bind(SimulatedSwitch sw, int port) throws IOException {
        hostKey(sw.name());
        Set<SocketAddress> before = new HashSet<>(sshd.acceptor().getBoundAddresses());
        sshd.acceptor().bind(new InetSocketAddress("127.0.0.1", port));
        Set<SocketAddress> after = new HashSet<>(sshd.acceptor().getBoundAddresses());
        after.removeAll(before);
        int bound = after.stream().map(a -> ((InetSocketAddress) a).getPort()).findFirst()
                .orElseThrow(() -> new IOException("binding 127.0.0.1:" + port + " for " + sw.name() + " gave no address"));
        byPort.put(bound, sw);
        return bound;
    }

    /** Stops listening for {@code sw} (power off); open sessions are dropped by the caller. */
    public synchronized void unbind(SimulatedSwitch sw) {
        sshd.acceptor().unbind(new InetSocketAddress("127.0.0.1", sw.port()));
    }

    /** The OpenSSH public key line ({@code ecdsa-sha2-nistp256 AAAA...}) of {@code name}'s host key. */
    public String hostPublicKey(String name) {
        KeyPair pair = hostKey(name);
        return PublicKeyEntry.toString(pair.getPublic());
    }

    private KeyPair hostKey(String name) {
        SimpleGeneratorHostKeyProvider provider = hostKeys.computeIfAbsent(name, n -> {
            SimpleGeneratorHostKeyProvider p = new SimpleGeneratorHostKeyProvider(hostKeyDir.resolve(n + ".hostkey"));
            p.setAlgorithm("EC");
            p.setKeySize(256);
            return p;
        });
        List<KeyPair> keys = provider.loadKeys(null);
        if (keys.isEmpty()) throw new UncheckedIOException(new IOException("no host key for " + name + " in " + hostKeyDir));
        return keys.get(0);
    }

    Optional<SimulatedSwitch> switchFor(Session session) {
        SocketAddress local = session.getIoSession().getLocalAddress();
        if (!(local instanceof InetSocketAddress inet)) return Optional.empty();
        return Optional.ofNullable(byPort.get(inet.getPort()));
    }

    Optional<SimulatedSwitch> switchFor(ServerSession session) {
        return switchFor((Session) session);
    }

    ExecutorService sessionThreads() {
        return sessionThreads;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public void close() throws IOException {
        try {
            sshd.stop(true);
        } finally {
            sessionThreads.shutdownNow();
        }
    }

    /** Serves each connection the host key of the switch it reached. */
    private final class RoutingKeys implements KeyPairProvider {
        @Override
        public Iterable<KeyPair> loadKeys(SessionContext context) {
            if (!(context instanceof Session session)) return List.of();
            return switchFor(session).map(sw -> List.of(hostKey(sw.name()))).orElse(List.of());
        }
    }
}
