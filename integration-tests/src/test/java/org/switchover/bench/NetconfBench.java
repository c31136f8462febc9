package org.switchover.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.switchover.interop.Jdk21;
import org.switchover.interop.NetconfTesttool;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;

/**
 * {@code bench.sh netconf}: switchover's client against OpenDaylight's netconf-client 10.0.2 on one
 * netconf-testtool device. Warm session set-up (connect, hello, close) and get-config round
 * trips, measured in interleaved rounds so both clients see the same machine load; prints the
 * medians, the ratios and last {@code netconf: session_speedup=X rpc_speedup=Y}.
 * Needs system property {@code switchover.bench.odl.classpath} (the peer's classpath) and those of
 * {@link NetconfTesttool}.
 */
public final class NetconfBench {
    private static final int ROUNDS = 10;
    private static final int SESSIONS_PER_ROUND = 10;
    private static final int RPCS_PER_ROUND = 40;
    private static final int WARMUP_SESSIONS = 20;
    private static final int WARMUP_RPCS = 200;
    /** Unmeasured runs at the start of each round, so neither client is timed while waking up from idle. */
    private static final int ROUND_SESSION_WARMUP = 2;
    private static final int ROUND_RPC_WARMUP = 20;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("switchover-bench");
        String odlClasspath = System.getProperty("switchover.bench.odl.classpath");
        if (odlClasspath == null) throw new IllegalStateException("system property switchover.bench.odl.classpath is not set");
        System.out.println("starting netconf-testtool 10.0.2 on a JDK 21+ (" + Jdk21.java() + ") ...");
        try (NetconfTesttool tool = NetconfTesttool.start(work)) {
            ConnectOptions options = tool.connectOptions("testtool");
            Process odl = new ProcessBuilder(Jdk21.java().toString(), "-cp", odlClasspath,
                    "org.switchover.bench.OdlClientBench", tool.host(), Integer.toString(tool.port()))
                    .redirectError(work.resolve("odl-client.log").toFile()).start();
            try (PrintWriter toOdl = new PrintWriter(odl.getOutputStream(), true, StandardCharsets.UTF_8);
                    BufferedReader fromOdl = new BufferedReader(new InputStreamReader(odl.getInputStream(), StandardCharsets.UTF_8));
                    NetconfSession ours = NetconfClient.connect(options)) {
                System.out.println("warming up both clients ...");
                ask(toOdl, fromOdl, "sessions " + WARMUP_SESSIONS);
                ask(toOdl, fromOdl, "rpcs " + WARMUP_RPCS);
                sessions(options, WARMUP_SESSIONS);
                rpcs(ours, WARMUP_RPCS);
                List<Long> ourSessions = new ArrayList<>();
                List<Long> odlSessions = new ArrayList<>();
                List<Long> ourRpcs = new ArrayList<>();
                List<Long> odlRpcs = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    int sessions = ROUND_SESSION_WARMUP + SESSIONS_PER_ROUND;
                    int rpcs = ROUND_RPC_WARMUP + RPCS_PER_ROUND;
                    ourSessions.addAll(after(ROUND_SESSION_WARMUP, sessions(options, sessions)));
                    odlSessions.addAll(after(ROUND_SESSION_WARMUP, ask(toOdl, fromOdl, "sessions " + sessions)));
                    ourRpcs.addAll(after(ROUND_RPC_WARMUP, rpcs(ours, rpcs)));
                    odlRpcs.addAll(after(ROUND_RPC_WARMUP, ask(toOdl, fromOdl, "rpcs " + rpcs)));
                }
                toOdl.println("quit");
                report(ourSessions, odlSessions, ourRpcs, odlRpcs);
            } finally {
                if (!odl.waitFor(10, TimeUnit.SECONDS)) odl.destroyForcibly();
            }
        }
    }

    private static List<Long> after(int skip, List<Long> timings) {
        return timings.subList(skip, timings.size());
    }

    private static List<Long> sessions(ConnectOptions options, int n) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            try (NetconfSession s = NetconfClient.connect(options)) {
                s.sessionId();
            }
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    private static List<Long> rpcs(NetconfSession session, int n) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            session.getConfig(Datastore.RUNNING, Optional.empty());
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    private static List<Long> ask(PrintWriter to, BufferedReader from, String command) throws IOException {
        to.println(command);
        String line = from.readLine();
        if (line == null) throw new IOException("OpenDaylight client process ended while running '" + command + "'");
        return Arrays.stream(line.trim().split(" ")).map(Long::parseLong).toList();
    }

    private static void report(List<Long> ourSessions, List<Long> odlSessions, List<Long> ourRpcs, List<Long> odlRpcs) {
        double os = median(ourSessions);
        double ds = median(odlSessions);
        double or = median(ourRpcs);
        double dr = median(odlRpcs);
        System.out.printf("session set-up (connect, hello, close), median of %d: switchover %.2f ms, OpenDaylight %.2f ms%n",
                ourSessions.size(), os, ds);
        System.out.printf("get-config round trip, median of %d:                 switchover %.3f ms, OpenDaylight %.3f ms%n",
                ourRpcs.size(), or, dr);
        System.out.printf("netconf: session_speedup=%.2f rpc_speedup=%.2f%n", ds / os, dr / or);
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        double m = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return m / 1e6;
    }
}
