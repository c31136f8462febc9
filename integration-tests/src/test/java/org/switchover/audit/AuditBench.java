package org.switchover.audit;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.switchover.inventory.Site;
import org.switchover.audit.AuditOptions;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditRunner;

/**
 * {@code bench.sh audit}: audits 500 lab switches (the city site replicated) over real SSH, with
 * the lab in another process on the same machine, and prints devices per second and the audit
 * process's peak heap; the last line is {@code audit: devices_per_s=N heap_mb=M switches=K ...} with
 * the steady run's seconds and milliseconds per switch, so runs at 500 and 5,000 switches
 * ({@code SWITCHES=5000}) show how cost grows with the fleet.
 *
 * <p>The lab stands in for switches, which do not compile code while they are audited, so it
 * audits itself once before it reports ready and its compiler is out of the figures. The audit
 * process then runs the whole fleet twice after a short class-loading warm-up:
 * <ul>
 * <li>the <em>first run</em> is what a one-shot {@code switchover audit} costs, with the JVM
 *     still compiling the code it runs;
 * <li>the <em>steady run</em> is what each scheduled run of {@code audit --every} costs once the
 *     daemon is warm and holds its sessions open between rounds, measured three times. The last
 *     line reports the median; the first run's rate, and a warm run that opens new sessions (for
 *     comparison), are printed above it.
 * </ul>
 */
public final class AuditBench {

    /** Steady runs measured; the median is reported, as a machine shared with other work is noisy. */
    private static final int STEADY_ROUNDS = 3;

    private AuditBench() {}

    /** What one measured run cost. */
    private record Run(String name, int devices, double seconds, double auditCpuMs, double labCpuMs, double gcMs, AuditReport report) {
        double rate() {
            return devices / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("switchover.bench.devices", 500);
        int parallel = Integer.getInteger("switchover.bench.parallel", AuditOptions.DEFAULT_PARALLEL);
        Path dir = Files.createTempDirectory("audit-bench");
        // rendered goldens are kept in a cache of this run's own: the first run renders, later ones read
        System.setProperty("switchover.cache.dir", dir.resolve("cache").toString());
        // the lab holds about 0.3 MB per switch
        String labHeap = System.getProperty("switchover.bench.labheap", Math.max(3072, count * 3 / 4) + "m");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + labHeap, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dswitchover.cache.dir=" + dir.resolve("lab-cache"),
                // clients hanging up after their audit is routine, not news
                "-Dorg.slf4j.simpleLogger.log.org.apache.sshd.server.session.ServerSessionImpl=error",
                "-Dswitchover.city.site=" + AuditLab.CITY.toAbsolutePath()));
        String extra = System.getProperty("switchover.bench.labjvm", "");
        if (!extra.isBlank()) command.addAll(List.of(extra.trim().split("\\s+")));
        command.addAll(List.of(AuditBenchLab.class.getName(), dir.toString(), String.valueOf(count)));
        System.out.println("starting " + count + " lab switches and warming them up ...");
        Process lab = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            awaitReady(lab);
            Site site = AuditLab.reachedAt(AuditLab.replicate(AuditLab.city(), count), ports(dir), dir);
            AuditRunner runner = AuditRunner.standard(Clock.systemUTC());
            AuditOptions options = AuditOptions.defaults().withParallel(parallel).withDeviceTimeout(Duration.ofSeconds(60));
            // a slice first, so neither figure is class loading
            runner.run(site, options.withDevices(site.devices().keySet().stream().limit(Math.min(36, count)).toList()));
            System.gc();
            resetPeaks();
            // the one-shot audit: a runner of its own, a new session per device
            AuditRunner oneShot = AuditRunner.standard(Clock.systemUTC());
            Run first = measure("first run", oneShot::run, site, options, lab);
            // for comparison: a warm process that still opens a new session per device
            Run fresh = measure("warm run, new sessions", oneShot::run, site, options, lab);
            // the daemon: one runner whose rounds keep their sessions open, as audit --every does
            List<Run> rounds = new java.util.ArrayList<>();
            long keptHeapMb;
            try (AuditRounds daemon = AuditRunner.standard(Clock.systemUTC()).rounds(options.deviceTimeout())) {
                measure("daemon round 0 (opens the sessions)", daemon::run, site, options, lab);
                for (int i = 1; i <= STEADY_ROUNDS; i++) {
                    rounds.add(measure("steady run " + i + " (sessions kept)", daemon::run, site, options, lab));
                }
                System.out.println("sessions: " + daemon.sessionCounts());
                keptHeapMb = liveHeapBytes() / (1024 * 1024);
                if (Boolean.getBoolean("switchover.bench.histogram")) {
                    Object h = ManagementFactory.getPlatformMBeanServer().invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
                    String.valueOf(h).lines().limit(25).forEach(System.out::println);
                }
            }
            System.out.printf(Locale.ROOT, "heap in use after a full GC with %d sessions kept open: %d MB%n", count, keptHeapMb);
            Run steady = rounds.stream().sorted(java.util.Comparator.comparingDouble(Run::rate)).toList().get(STEADY_ROUNDS / 2);
            System.out.printf(Locale.ROOT, "steady: the median of %d runs, %s; with new sessions a warm run was %.0f devices/s%n",
                    STEADY_ROUNDS, steady.name(), fresh.rate());
            long heapMb = peakHeapBytes() / (1024 * 1024);
            System.out.printf(Locale.ROOT, "peak heap %d MB over all runs (max %d MB)%n", heapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            stop(lab);
            System.out.printf(Locale.ROOT, "audit first run (a one-shot switchover audit): devices_per_s=%.0f seconds=%.2f%n",
                    first.rate(), first.seconds());
            System.out.printf(Locale.ROOT, "audit: devices_per_s=%.0f heap_mb=%d switches=%d steady_s=%.2f ms_per_switch=%.2f first_s=%.2f%n",
                    steady.rate(), heapMb, count, steady.seconds(), 1000 * steady.seconds() / count, first.seconds());
        } finally {
            stop(lab);
        }
    }

    private static Run measure(String name, java.util.function.BiFunction<Site, AuditOptions, AuditReport> audit, Site site,
            AuditOptions options, Process lab) {
        int count = site.devices().size();
        String loadBefore = loadAverage();
        long cpu0 = processCpuNanos();
        long gc0 = gcMillis();
        long labCpu0 = cpuNanos(lab.toHandle());
        long t0 = System.nanoTime();
        AuditReport report = audit.apply(site, options);
        Run run = new Run(name, report.devices().size(), (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e6 / count,
                (cpuNanos(lab.toHandle()) - labCpu0) / 1e6 / count, (gcMillis() - gc0) / (double) count, report);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%s: audited %d devices in %.2fs with --parallel %d (%.0f devices/s): %d clean, %d drift, %d unreachable%n",
                name, run.devices(), run.seconds(), options.parallel(), run.rate(), report.count(AuditOutcome.CLEAN),
                report.count(AuditOutcome.DRIFT), report.count(AuditOutcome.UNREACHABLE));
        System.out.printf(Locale.ROOT, "  cpu per device: audit %.1f ms (gc pauses %.1f ms), lab %.1f ms; load average before %s on %d cores"
                + " (other work on the machine competes for them); %d cores to ourselves would allow about %.0f devices/s%n",
                run.auditCpuMs(), run.gcMs(), run.labCpuMs(), loadBefore, cores, cores, cores * 1000.0 / (run.auditCpuMs() + run.labCpuMs()));
        if (report.count(AuditOutcome.CLEAN) != count) {
            report.worstFirst().stream().limit(3).forEach(d -> System.out.println("  " + d.device() + ": " + d.findings()));
        }
        return run;
    }

    /** Stops the lab before the last line is printed, so nothing it says can come after it. */
    /** Ends the lab process: closing its input asks it to stop; it is killed if it does not. */
    static void stop(Process lab) throws Exception {
        if (!lab.isAlive()) return;
        lab.getOutputStream().close();
        if (!lab.waitFor(20, TimeUnit.SECONDS)) lab.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Waits for the lab process's "ready" line; fails when it exits first. */
    static void awaitReady(Process lab) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(lab.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("ready")) return;
        }
        throw new IllegalStateException("the benchmark lab exited before it was ready (exit " + lab.waitFor() + ")");
    }

    /** The switches' ports, as the lab process wrote them to {@code dir/ports}. */
    static Map<String, Integer> ports(Path dir) throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("ports"))) {
            String[] f = line.split(" ");
            ports.put(f[0], Integer.parseInt(f[1]));
        }
        return ports;
    }

    /** The heap still reachable: what is in use after a full collection. */
    private static long liveHeapBytes() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound on the heap in use at any moment of the run. */
    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
