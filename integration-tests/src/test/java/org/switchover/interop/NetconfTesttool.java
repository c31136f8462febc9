package org.switchover.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;

/**
 * OpenDaylight's netconf-testtool (a third-party NETCONF server) as a separate process on
 * 127.0.0.1, serving ietf-interfaces with its type modules. Maven copies the tool and the YANG
 * files into target/testtool; the tool runs on a JDK 21+ found by {@link Jdk21}.
 *
 * <p>Known behaviour: any user and password are accepted; a new host key is made at every start
 * (so clients use trust-on-first-use with a fresh known_hosts); only :candidate is writable;
 * confirmed commits are accepted but not confirmed-commit semantics. Config and state share one
 * store, so the test copy of ietf-interfaces drops {@code mandatory true} from its state leaves,
 * without which every commit after the first fails.
 */
public final class NetconfTesttool implements AutoCloseable {
    private static final String READY = "All simulated devices started successfully";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Path log;

    private NetconfTesttool(Process process, int port, Path workDir, Path log) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.log = log;
    }

    /** Starts one simulated device and waits until it accepts SSH connections. */
    public static NetconfTesttool start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, List.of());
    }

    /**
     * Starts one simulated device that also serves {@code extraYang} (modules beyond
     * ietf-interfaces and its types, e.g. a whole platform's) and waits until it accepts SSH
     * connections. A file whose name is already served is not copied twice.
     */
    public static NetconfTesttool start(Path workDir, List<Path> extraYang) throws IOException, InterruptedException {
        Path jar = Path.of(requiredProperty("switchover.testtool.jar")).toAbsolutePath();
        Path yangSource = Path.of(requiredProperty("switchover.testtool.yang")).toAbsolutePath();
        Path schemas = workDir.resolve("schemas");
        prepareSchemas(yangSource, schemas);
        for (Path f : extraYang) {
            Path target = schemas.resolve(f.getFileName());
            if (!Files.exists(target)) Files.copy(f, target);
        }
        int port = freePort();
        Path log = workDir.resolve("testtool.log");
        List<String> command = List.of(Jdk21.java().toString(),
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                "-jar", jar.toString(),
                "--md-sal", "true", "--ssh", "true", "--exi", "false",
                "--ip", "127.0.0.1", "--starting-port", Integer.toString(port), "--device-count", "1",
                "--schemas-dir", schemas.toString());
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        NetconfTesttool tool = new NetconfTesttool(p, port, workDir, log);
        tool.awaitReady();
        return tool;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** Options for a session to the device: any credentials work; its fresh host key is trusted on first use. */
    public ConnectOptions connectOptions(String device) {
        return ConnectOptions.of(device, host(), port, new Credentials.Password("admin", "admin"),
                HostKeyPolicy.trustOnFirstUse(workDir.resolve("known_hosts")))
                .withConnectTimeout(Duration.ofSeconds(30)).withRpcTimeout(Duration.ofSeconds(30));
    }

    /** The tool's output so far, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Thread pump = new Thread(() -> copyOutput(ready), "testtool-output");
        pump.setDaemon(true);
        pump.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready.await(200, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("netconf-testtool exited with " + process.exitValue()
                        + " before it was ready; its output (" + log + "):\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("netconf-testtool not ready on port " + port + " within "
                        + START_TIMEOUT.toSeconds() + " s; its output (" + log + "):\n" + logTail());
            }
        }
    }

    private void copyOutput(CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.contains(READY)) ready.countDown();
            }
        } catch (IOException e) {
            // The process ended; awaitReady reports it with the log.
        }
    }

    /**
     * Copies the YANG files, relaxing ietf-interfaces: its only mandatory config leaf is
     * interface/type; every other {@code mandatory true} sits on a state leaf.
     */
    static void prepareSchemas(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> s = Files.list(source)) {
            files = s.filter(f -> f.toString().endsWith(".yang")).toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no YANG files in " + source + "; run the build through Maven so the"
                    + " dependency plugin unpacks them");
        }
        for (Path f : files) {
            String text = Files.readString(f);
            if (f.getFileName().toString().startsWith("ietf-interfaces@")) text = relaxStateLeaves(text);
            Files.writeString(target.resolve(f.getFileName()), text);
        }
    }

    static String relaxStateLeaves(String yang) {
        Pattern leaf = Pattern.compile("^\\s*leaf (\\S+) \\{");
        List<String> out = new ArrayList<>();
        String lastLeaf = "";
        boolean stateTree = false;
        for (String line : yang.split("\n", -1)) {
            Matcher m = leaf.matcher(line);
            if (m.find()) lastLeaf = m.group(1);
            if (line.contains("container interfaces-state")) stateTree = true;
            if (line.strip().equals("mandatory true;") && (stateTree || !lastLeaf.equals("type"))) continue;
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port for netconf-testtool", e);
        }
    }

    private static String requiredProperty(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run this test through Maven"
                    + " (mvn verify), which fetches netconf-testtool and its YANG files");
        }
        return v;
    }
}
