package org.switchover.netconf;

import com.jcraft.jsch.ChannelSubsystem;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

/**
 * An SSH connection (JSch) with the "netconf" subsystem open. Bytes from the server are pushed,
 * on JSch's own connection thread, into the {@code incoming} stream given to {@link #open}, which
 * closes it when the channel ends; bytes to the server go through {@link #out()}.
 */
final class SshTransport implements AutoCloseable {
    /**
     * JSch's key exchanges without the post-quantum hybrids, which need a newer JDK or Bouncy
     * Castle: JSch would otherwise probe for them on every connection. Curve25519 stays first: on
     * JDK 17 it costs the same CPU per session as ECDH P-256 (measured with the lab, 60 sessions per
     * choice, interleaved), and it is the modern default.
     */
    static final String CLASSIC_KEX = secure("kex", k -> !k.startsWith("mlkem") && !k.startsWith("sntrup"));
    /** Ciphers and MACs without SHA-1 and CBC; AES-GCM first (it needs no separate MAC). */
    static final String CIPHERS = secure("cipher.c2s", c -> true);
    static final String MACS = secure("mac.c2s", m -> true);
    static final String HOST_KEYS = secure("server_host_key", k -> true);

    /** JSch's default list for {@code key}, in its order, without anything on SHA-1 or CBC and without what {@code keep} refuses. */
    static String secure(String key, java.util.function.Predicate<String> keep) {
        return String.join(",", java.util.Arrays.stream(JSch.getConfig(key).split(","))
                .filter(a -> !a.contains("sha1") && !a.contains("cbc") && !a.equals("ssh-rsa") && !a.equals("ssh-dss"))
                .filter(keep).toList());
    }

    private final Session session;
    private final ChannelSubsystem channel;
    private final OutputStream out;

    private SshTransport(Session session, ChannelSubsystem channel, OutputStream out) {
        this.session = session;
        this.channel = channel;
        this.out = out;
    }

    OutputStream out() {
        return out;
    }

    boolean isConnected() {
        return session.isConnected() && !channel.isClosed();
    }

    /** Connects, authenticates, checks the host key and opens the subsystem, or throws a typed exception. */
    static SshTransport open(ConnectOptions o, OutputStream incoming) {
        JSch jsch = new JSch();
        KnownHostsCheck hostKeys = new KnownHostsCheck(o.device(), o.hostKeys());
        jsch.setHostKeyRepository(hostKeys);
        Session session = null;
        try {
            addIdentity(jsch, o);
            session = jsch.getSession(o.credentials().username(), o.host(), o.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("HashKnownHosts", "no");
            session.setConfig("kex", CLASSIC_KEX);
            session.setConfig("cipher.c2s", CIPHERS);
            session.setConfig("cipher.s2c", CIPHERS);
            session.setConfig("mac.c2s", MACS);
            session.setConfig("mac.s2c", MACS);
            session.setConfig("server_host_key", HOST_KEYS);
            session.setConfig("CheckKexes", "");
            if (o.credentials() instanceof Credentials.Password p) {
                session.setPassword(p.password());
                session.setUserInfo(new PasswordAnswers(p.password()));
                session.setConfig("PreferredAuthentications", "password,keyboard-interactive");
            } else {
                session.setConfig("PreferredAuthentications", "publickey");
            }
            if (o.keepaliveInterval() != null && !o.keepaliveInterval().isZero()) {
                session.setServerAliveInterval(millis(o.keepaliveInterval()));
                session.setServerAliveCountMax(3);
            }
            session.connect(millis(o.connectTimeout()));
            hostKeys.recordIfFirstUse();
            ChannelSubsystem channel = (ChannelSubsystem) session.openChannel("subsystem");
            channel.setSubsystem("netconf");
            // JSch polls for the reply to a channel request every 10 ms; a server without the
            // subsystem closes the channel instead, which the hello wait reports.
            channel.setWantReply(false);
            // Pushed straight from JSch's connection thread: no pipe and no extra thread per reply.
            channel.setOutputStream(incoming, false);
            OutputStream out = channel.getOutputStream();
            channel.connect(millis(o.connectTimeout()));
            return new SshTransport(session, channel, out);
        } catch (JSchException | IOException e) {
            if (session != null) session.disconnect();
            throw translate(e, o, hostKeys);
        }
    }

    @Override
    public void close() {
        channel.disconnect();
        session.disconnect();
    }

    private static void addIdentity(JSch jsch, ConnectOptions o) throws JSchException {
        if (!(o.credentials() instanceof Credentials.PrivateKey k)) return;
        String where = " for " + o.device() + " (user " + k.username() + ")";
        if (!Files.isReadable(k.keyFile())) {
            throw new AuthenticationFailedException(o.device(), "private key file " + k.keyFile() + " is missing or"
                    + " unreadable" + where + "; check the path and its permissions", null);
        }
        try {
            byte[] passphrase = k.passphrase().map(p -> p.getBytes(StandardCharsets.UTF_8)).orElse(null);
            jsch.addIdentity(k.keyFile().toString(), passphrase);
        } catch (JSchException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("passphrase")) {
                throw new AuthenticationFailedException(o.device(), "private key file " + k.keyFile() + where
                        + " is encrypted and the passphrase is wrong; supply the right passphrase", e);
            }
            throw new AuthenticationFailedException(o.device(), "cannot read private key file " + k.keyFile() + where
                    + ": " + e.getMessage() + "; it must be an OpenSSH or PEM private key", e);
        }
        for (Identity id : jsch.getIdentityRepository().getIdentities()) {
            if (id.isEncrypted()) {
                throw new AuthenticationFailedException(o.device(), "private key file " + k.keyFile() + where
                        + " is encrypted and the passphrase " + (k.passphrase().isPresent() ? "is wrong" : "was not given")
                        + "; supply the right passphrase", null);
            }
        }
    }

    private static NetconfException translate(Exception e, ConnectOptions o, KnownHostsCheck hostKeys) {
        if (e instanceof NetconfException ne) return ne;
        var refusal = hostKeys.refusal();
        if (refusal.isPresent()) return refusal.get();
        String where = o.device() + " at " + o.host() + ":" + o.port();
        String msg = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (msg.startsWith("Auth fail") || msg.startsWith("Auth cancel")) {
            return new AuthenticationFailedException(o.device(), "SSH authentication as '" + o.credentials().username()
                    + "' failed on " + where + " (" + describe(o.credentials()) + "); check the username and "
                    + (o.credentials() instanceof Credentials.Password ? "password" : "that the key is authorised on the device"), e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new ConnectionRefusedException(o.device(), "connection to " + where + " refused (" + cause.getMessage()
                    + "); check the device is up, NETCONF over SSH is enabled and the port is right", e);
        }
        if (cause instanceof SocketTimeoutException || msg.contains("timeout") || msg.contains("timed out")) {
            return new NetconfTimeoutException(o.device(), null, o.connectTimeout(), "no SSH connection to " + where
                    + " within " + o.connectTimeout().toMillis() + " ms; check the address, routing and firewalls,"
                    + " or raise the connect timeout", e);
        }
        if (cause instanceof UnknownHostException) {
            return new TransportException(o.device(), null, "cannot resolve host '" + o.host() + "' of " + o.device()
                    + "; check the inventory address or DNS", e);
        }
        if (msg.contains("channel request") || msg.contains("subsystem")) {
            return new TransportException(o.device(), null, "SSH server " + where + " refused the netconf subsystem;"
                    + " enable NETCONF over SSH on the device", e);
        }
        return new TransportException(o.device(), null, "SSH connection to " + where + " failed: " + msg
                + "; check the device accepts SSH on that port", e);
    }

    private static String describe(Credentials c) {
        return c instanceof Credentials.PrivateKey k ? "key " + k.keyFile() : "password";
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    /** Answers keyboard-interactive password prompts with the password; never accepts anything else. */
    private record PasswordAnswers(String password) implements UserInfo, UIKeyboardInteractive {
        @Override
        public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt,
                boolean[] echo) {
            String[] answers = new String[prompt.length];
            for (int i = 0; i < prompt.length; i++) answers[i] = echo[i] ? "" : password;
            return answers;
        }

        @Override
        public String getPassphrase() {
            return null;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public boolean promptPassword(String message) {
            return true;
        }

        @Override
        public boolean promptPassphrase(String message) {
            return false;
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }

        @Override
        public void showMessage(String message) {}

        @Override
        public String toString() {
            return "PasswordAnswers[***]";
        }
    }
}
