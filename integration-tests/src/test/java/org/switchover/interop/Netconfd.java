package org.switchover.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;

/**
 * Debian's netconfd (yuma123), a third-party C NETCONF server, reached the way its users reach it:
 * OpenSSH's sshd on a free 127.0.0.1 port runs yuma123's {@code netconf-subsystem}, which hands the
 * session to netconfd over a unix socket. Both run in the foreground from a temp folder with their
 * own host key, client key and startup file; the login user is netconfd's superuser, so edits are
 * not stopped by access control. The client checks the host key against a known_hosts file
 * written from the temp host key.
 */
public final class Netconfd implements AutoCloseable {
    private static final Path NETCONFD = Path.of("/usr/sbin/netconfd");
    private static final Path SUBSYSTEM = Path.of("/usr/sbin/netconf-subsystem");
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process netconfd;
    private final Process sshd;
    private final int port;
    private final Path dir;

    private Netconfd(Process netconfd, Process sshd, int port, Path dir) {
        this.netconfd = netconfd;
        this.sshd = sshd;
        this.port = port;
        this.dir = dir;
    }

    /** Why netconfd cannot run here (a package not installed), or empty when it can. */
    public static Optional<String> missing() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(NETCONFD) || !Files.isExecutable(SUBSYSTEM)) absent.add("netconfd");
        if (!silInstalled()) absent.add("netconfd-module-ietf-interfaces");
        if (!Files.isExecutable(SSHD) || !Files.isExecutable(SSH_KEYGEN)) absent.add("openssh-server");
        return absent.isEmpty() ? Optional.empty()
                : Optional.of("not installed: " + String.join(", ", absent) + " (apt-get install " + String.join(" ", absent) + ")");
    }

    /**
     * Starts netconfd with the ietf-interfaces SIL and {@code extraYang} (modules it then serves
     * as plain configuration data), then sshd in front of it, and waits until both accept.
     */
    public static Netconfd start(Path dir, List<Path> extraYang) throws IOException, InterruptedException {
        return start(dir, extraYang, List.of());
    }

    /** As {@link #start(Path, List)}, with more netconfd options, e.g. {@code --protocols=netconf1.0}. */
    public static Netconfd start(Path dir, List<Path> extraYang, List<String> options) throws IOException, InterruptedException {
        Path yang = Files.createDirectories(dir.resolve("yang"));
        for (Path f : extraYang) Files.copy(f, yang.resolve(f.getFileName()));
        List<String> modules = extraYang.stream().map(f -> f.getFileName().toString().replaceFirst("@.*", "")).toList();
        keygen(dir.resolve("host_key"));
        keygen(dir.resolve("client_key"));
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        int port = freePort();
        Path socket = dir.resolve("ncxserver.sock");

        List<String> command = new ArrayList<>(List.of(NETCONFD.toString(), "--superuser=" + user(),
                "--startup=" + emptyStartup(dir), "--port=" + port, "--ncxserver-sockname=" + socket,
                "--modpath=" + yang + ":/usr/share/yuma/modules", "--module=ietf-interfaces",
                "--log=" + dir.resolve("netconfd.log"), "--log-level=info"));
        modules.forEach(m -> command.add("--module=" + m));
        command.addAll(options);
        ProcessBuilder nb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("netconfd.out").toFile());
        nb.environment().put("HOME", dir.toString());
        nb.environment().put("PATH", ipv4Stub(dir) + ":" + nb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        Process netconfd = nb.start();
        Netconfd server = new Netconfd(netconfd, null, port, dir);
        try {
            server.await("netconfd's socket " + socket, netconfd, () -> Files.exists(socket));
            Path config = Files.writeString(dir.resolve("sshd_config"), sshdConfig(dir, port, socket));
            Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation folder, which its service would make
            Process sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
            server = new Netconfd(netconfd, sshd, port, dir);
            server.await("sshd on 127.0.0.1:" + port, sshd, () -> accepts(port));
            Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + Files.readString(dir.resolve("host_key.pub")));
            return server;
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    /** Options for a session as the superuser, by key, the host key checked strictly against the temp host key. */
    public ConnectOptions connectOptions(String device) {
        return ConnectOptions.of(device, "127.0.0.1", port,
                        new Credentials.PrivateKey(user(), dir.resolve("client_key"), Optional.empty()),
                        HostKeyPolicy.strict(dir.resolve("known_hosts")))
                .withConnectTimeout(Duration.ofSeconds(20)).withRpcTimeout(Duration.ofSeconds(20));
    }

    /** The last lines of netconfd's and sshd's logs, for failure messages. */
    public String logTail() {
        return tail(dir.resolve("netconfd.log")) + "\n--- netconfd output\n" + tail(dir.resolve("netconfd.out"))
                + "\n--- sshd\n" + tail(dir.resolve("sshd.log"));
    }

    /** Stops sshd (with its session processes) and netconfd. */
    @Override
    public void close() {
        stop(sshd);
        stop(netconfd);
    }

    private static void stop(Process p) {
        if (p == null) return;
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void await(String what, Process process, BooleanSupplier ready) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + ": the process exited with " + process.exitValue() + "\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " not ready within " + START_TIMEOUT.toSeconds() + " s\n" + logTail());
            }
            Thread.sleep(50);
        }
    }

    private static String sshdConfig(Path dir, int port, Path socket) {
        return String.join("\n",
                "ListenAddress 127.0.0.1:" + port,
                "HostKey " + dir.resolve("host_key"),
                "PidFile none",
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "AllowUsers " + user(),
                // the temp folder's modes are not the user's home's; the keys in it are this test's own
                "StrictModes no",
                "UsePAM no",
                // netconf-subsystem maps the port the client connected to onto netconfd's socket
                "Subsystem netconf " + SUBSYSTEM + " --ncxserver-sockname=" + port + "@" + socket,
                "") ;
    }

    /**
     * Debian's ietf-interfaces SIL runs {@code get-interface-ipv4 IFNAME} for every host
     * interface and aborts netconfd when it is missing, but the package does not ship it: this
     * stand-in reports no IPv4 address.
     */
    private static Path ipv4Stub(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path stub = bin.resolve("get-interface-ipv4");
        Files.writeString(stub, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static Path emptyStartup(Path dir) throws IOException {
        return Files.writeString(dir.resolve("startup-cfg.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"/>\n");
    }

    private static void keygen(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "netconfd-it", "-f", file.toString())
                .redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("ssh-keygen failed for " + file + ": " + new String(p.getInputStream().readAllBytes()));
        }
    }

    /** The ietf-interfaces module's library, under the multiarch folder of whatever machine this is. */
    private static boolean silInstalled() {
        try (var dirs = Files.list(Path.of("/usr/lib"))) {
            return dirs.anyMatch(d -> Files.exists(d.resolve("yuma/libietf-interfaces.so")));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(no " + log.getFileName() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port for sshd", e);
        }
    }
}
