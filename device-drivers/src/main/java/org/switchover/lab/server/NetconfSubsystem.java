package org.switchover.lab.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.FrameReader;
import org.switchover.netconf.FrameWriter;
import org.switchover.netconf.Framing;
import org.switchover.netconf.Hello;
import org.switchover.netconf.NetconfException;

/**
 * The "netconf" SSH subsystem of one session on a simulated switch (RFC 6242): sends the hello,
 * reads the client's, picks the framing, then answers RPCs in order on a thread of the lab's
 * shared pool until the client closes, the session is killed or dropped, or the switch loses power.
 */
final class NetconfSubsystem implements Command, SimulatedSwitch.OpenSession {
    private static final Logger LOG = LoggerFactory.getLogger(NetconfSubsystem.class);
    private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final LabSshServer server;
    private final long id;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean dropped;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private ChannelSession channel;
    private SimulatedSwitch sw;

    NetconfSubsystem(LabSshServer server, long id) {
        this.server = server;
        this.id = id;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // NETCONF uses only the channel's data stream
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        this.channel = channel;
        Optional<SimulatedSwitch> found = server.switchFor(channel.getServerSession());
        if (found.isEmpty()) throw new IOException("no simulated switch listens on this address any more");
        this.sw = found.get();
        sw.register(this);
        server.sessionThreads().execute(this::serve);
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public void drop() {
        dropped = true;
        end();
        channel.getServerSession().close(true);
    }

    @Override
    public void destroy(ChannelSession channel) {
        end();
    }

    /** Releases what the session held; idempotent, so kill, drop and EOF may all call it. */
    private void end() {
        if (ended.compareAndSet(false, true)) {
            sw.unregister(id);
            sw.store().sessionEnded(id);
        }
    }

    private void serve() {
        String peer = "session " + id + " on " + sw.name();
        FrameWriter writer = new FrameWriter(out);
        FrameReader reader = new FrameReader(in, peer, MAX_MESSAGE_BYTES);
        try {
            Capabilities mine = ServerHello.capabilities(sw);
            writer.write(Hello.server(mine, id).toBytes());
            Optional<byte[]> clientHello = reader.readMessage();
            if (clientHello.isEmpty()) return;
            Hello theirs = Hello.parse(clientHello.get(), peer);
            Framing framing = Framing.negotiate(mine, theirs.capabilities());
            reader.useFraming(framing);
            writer.useFraming(framing);
            RpcDispatcher dispatcher = new RpcDispatcher(sw, id);
            while (!ended.get()) {
                Optional<byte[]> message = reader.readMessage();
                if (message.isEmpty()) return;
                if (sw.consumeReplyBudget()) {
                    drop();
                    return;
                }
                RpcDispatcher.Reply reply = dispatcher.handle(message.get());
                send(writer, reply.xml());
                if (reply.closeSession()) return;
            }
        } catch (IOException | NetconfException e) {
            if (!ended.get()) LOG.debug("{} ended: {}", peer, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} failed", peer, e);
        } finally {
            end();
            // a dropped session has no channel left to report an exit status on
            if (!dropped && channel.isOpen()) exit.onExit(0);
        }
    }

    private void send(FrameWriter writer, String xml) throws IOException {
        Duration delay = sw.replyDelay();
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (delay.isZero()) {
            writer.write(bytes);
            return;
        }
        // the injected slowness: wait on the lab's timer (the write stays on this session's thread,
        // so a slow client never holds up confirm-timeouts), later replies queue behind this one
        try {
            server.scheduler().schedule(() -> { }, delay.toNanos(), TimeUnit.NANOSECONDS).get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delaying a reply", e);
        }
        writer.write(bytes);
    }
}
