package org.switchover.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.w3c.dom.Element;

/**
 * A small NETCONF server on Apache MINA SSHD for session tests: real SSH on an ephemeral
 * 127.0.0.1 port, a "netconf" subsystem, and a script deciding how each RPC is answered.
 */
final class ScriptedNetconfServer implements AutoCloseable {

    /** Decides what the server does with one RPC. */
    interface Script {
        void onRpc(Element operation, String messageId, Channel channel) throws Exception;
    }

    /** The server's side of one session, for scripts. */
    static final class Channel {
        private final FrameWriter writer;
        private final OutputStream raw;
        private final ChannelSession session;

        private final ExitCallback exit;

        Channel(FrameWriter writer, OutputStream raw, ChannelSession session, ExitCallback exit) {
            this.writer = writer;
            this.raw = raw;
            this.session = session;
            this.exit = exit;
        }

        void reply(String messageId, String content) throws IOException {
            writer.write("<rpc-reply xmlns=\"" + NetconfXml.BASE_NS + "\" message-id=\"" + messageId + "\">" + content
                    + "</rpc-reply>");
        }

        /** Bytes exactly as given, outside the framing. */
        void raw(String bytes) throws IOException {
            raw.write(bytes.getBytes(StandardCharsets.UTF_8));
            raw.flush();
        }

        /** Drops the whole SSH connection, as a rebooting device does. */
        void drop() throws IOException {
            session.getSession().close(true);
        }

        /** Ends the netconf channel only (the SSH connection stays), as a crashing NETCONF process does. */
        void endChannel() throws IOException {
            raw.flush();
            exit.onExit(0);
        }
    }

    static final String PASSWORD = "s3cret";
    static final String USER = "netops";
    static final Script STANDARD = (op, id, ch) -> {
        switch (op.getLocalName()) {
            case "get-config", "get" -> ch.reply(id, "<data><echo xmlns=\"urn:test\">" + id + "</echo></data>");
            default -> ch.reply(id, "<ok/>");
        }
    };

    private final SshServer sshd;
    private final KeyPair hostKey;
    private final List<Element> received = new CopyOnWriteArrayList<>();
    private final List<String> clientCapabilities = new CopyOnWriteArrayList<>();
    private final AtomicLong sessions = new AtomicLong();
    private volatile Script script = STANDARD;
    private volatile Capabilities capabilities = Capabilities.of(Capabilities.BASE_10, Capabilities.BASE_11,
            Capabilities.CANDIDATE, Capabilities.CONFIRMED_COMMIT_11, Capabilities.VALIDATE_11,
            "urn:ietf:params:xml:ns:yang:ietf-interfaces?module=ietf-interfaces&revision=2018-02-20");
    private volatile boolean sendHello = true;

    private ScriptedNetconfServer(KeyPair hostKey, Optional<PublicKey> authorizedKey, boolean netconf) throws IOException {
        this.hostKey = hostKey;
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPasswordAuthenticator((user, password, s) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setPublickeyAuthenticator((user, key, s) -> USER.equals(user)
                && authorizedKey.map(k -> KeyUtils.compareKeys(k, key)).orElse(false));
        if (netconf) sshd.setSubsystemFactories(List.of(new SubsystemFactory() {
            @Override
            public String getName() {
                return "netconf";
            }

            @Override
            public Command createSubsystem(ChannelSession channel) {
                return new NetconfCommand();
            }
        }));
        sshd.start();
    }

    static ScriptedNetconfServer start() throws Exception {
        return new ScriptedNetconfServer(newHostKey(), Optional.empty(), true);
    }

    /** An SSH server without the netconf subsystem. */
    static ScriptedNetconfServer startWithoutNetconf() throws Exception {
        return new ScriptedNetconfServer(newHostKey(), Optional.empty(), false);
    }

    static ScriptedNetconfServer start(KeyPair hostKey, Optional<PublicKey> authorizedKey) throws Exception {
        return new ScriptedNetconfServer(hostKey, authorizedKey, true);
    }

    static KeyPair newHostKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    int port() {
        return ((InetSocketAddress) sshd.getBoundAddresses().iterator().next()).getPort();
    }

    /** The known_hosts line for this server's host key. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    ScriptedNetconfServer script(Script s) {
        this.script = s;
        return this;
    }

    ScriptedNetconfServer capabilities(Capabilities c) {
        this.capabilities = c;
        return this;
    }

    ScriptedNetconfServer silent() {
        this.sendHello = false;
        return this;
    }

    List<Element> received() {
        return received;
    }

    List<String> clientCapabilities() {
        return clientCapabilities;
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }

    private final class NetconfCommand implements Command {
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;
        private Thread thread;

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {}

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            thread = new Thread(() -> serve(channel), "scripted-netconf");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(ChannelSession channel) {
            FrameReader reader = new FrameReader(in, "client", 1 << 24);
            FrameWriter writer = new FrameWriter(out);
            Channel ch = new Channel(writer, out, channel, exit);
            try {
                Capabilities mine = capabilities;
                if (sendHello) writer.write(Hello.server(mine, sessions.incrementAndGet()).toBytes());
                Optional<byte[]> helloBytes = reader.readMessage();
                if (helloBytes.isEmpty()) return;
                Hello clientHello = Hello.parse(helloBytes.get(), "client");
                clientCapabilities.addAll(clientHello.capabilities().uris());
                Framing framing = Framing.negotiate(mine, clientHello.capabilities());
                reader.useFraming(framing);
                writer.useFraming(framing);
                while (true) {
                    Optional<byte[]> message = reader.readMessage();
                    if (message.isEmpty()) break;
                    Element rpc = SecureXml.parse(message.get(), "client").getDocumentElement();
                    Element op = NetconfXml.children(rpc).get(0);
                    received.add(rpc);
                    String id = rpc.getAttribute("message-id");
                    script.onRpc(op, id, ch);
                    if ("close-session".equals(op.getLocalName())) break;
                }
            } catch (Exception e) {
                // The client went away or a script dropped the session: nothing more to serve.
            } finally {
                exit.onExit(0);
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (thread != null) thread.interrupt();
        }
    }
}
