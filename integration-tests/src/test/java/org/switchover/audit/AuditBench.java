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
import org.switchover.workflow.AuditOptions;
import org.switchover.workflow.AuditOutcome;
import org.switchover.workflow.AuditReport;
import org.switchover.workflow.AuditRunner;

/**
 * {@code bench.sh audit}: audits 500 lab switches (the city site replicated) in one run over real
 * SSH, with the lab in another process on the same machine. Prints devices per second and the
 * audit process's peak heap; the last line is {@code audit: devices_per_s=N heap_mb=M}.
 */
public final class AuditBench {

    private AuditBench() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("switchover.bench.devices", 500);
        int parallel = Integer.getInteger("switchover.bench.parallel", AuditOptions.DEFAULT_PARALLEL);
        Path dir = Files.createTempDirectory("audit-bench");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("switchover.bench.labheap", "3g"), "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                // clients hanging up after their audit is routine, not news
                "-Dorg.slf4j.simpleLogger.log.org.apache.sshd.server.session.ServerSessionImpl=error",
                "-Dswitchover.city.site=" + AuditLab.CITY.toAbsolutePath()));
        String extra = System.getProperty("switchover.bench.labjvm", "");
        if (!extra.isBlank()) command.addAll(List.of(extra.trim().split("\\s+")));
        command.addAll(List.of(AuditBenchLab.class.getName(), dir.toString(), String.valueOf(count)));
        Process lab = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            awaitReady(lab);
            Site site = AuditLab.reachedAt(AuditLab.replicate(AuditLab.city(), count), ports(dir), dir);
            AuditRunner runner = AuditRunner.standard(Clock.systemUTC());
            AuditOptions options = AuditOptions.defaults().withParallel(parallel).withDeviceTimeout(Duration.ofSeconds(60));
            // warm-up on a slice, so the figure is the steady rate and not class loading
            runner.run(site, options.withDevices(site.devices().keySet().stream().limit(Math.min(Integer.getInteger("switchover.bench.warmup", 36), count)).toList()));
            System.gc();
            resetPeaks();
            String loadBefore = loadAverage();
            long cpu0 = processCpuNanos();
            long gc0 = gcMillis();
            long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long labCpu0 = cpuNanos(lab.toHandle());
            long t0 = System.nanoTime();
            AuditReport report = runner.run(site, options);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double auditCpuMs = (processCpuNanos() - cpu0) / 1e6 / count;
            double labCpuMs = (cpuNanos(lab.toHandle()) - labCpu0) / 1e6 / count;
            double gcMs = (gcMillis() - gc0) / (double) count;
            double jitMs = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0) / (double) count;
            long heapMb = peakHeapBytes() / (1024 * 1024);
            double rate = report.devices().size() / seconds;
            System.out.printf(Locale.ROOT, "audited %d devices in %.2fs with --parallel %d: %d clean, %d drift, %d unreachable%n",
                    report.devices().size(), seconds, parallel, report.count(AuditOutcome.CLEAN), report.count(AuditOutcome.DRIFT),
                    report.count(AuditOutcome.UNREACHABLE));
            System.out.printf(Locale.ROOT, "peak heap %d MB (max %d MB)%n", heapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "cpu per device: audit %.1f ms, lab %.1f ms; load average before the run %s on %d cores"
                    + " (other work on the machine competes for them); %d cores to ourselves would allow about %.0f devices/s%n",
                    auditCpuMs, labCpuMs, loadBefore, cores, cores, cores * 1000.0 / (auditCpuMs + labCpuMs));
            System.out.printf(Locale.ROOT, "audit process per device: gc pauses %.1f ms, jit compilation %.1f ms%n", gcMs, jitMs);
            if (report.count(AuditOutcome.CLEAN) != count) {
                report.worstFirst().stream().limit(3).forEach(d -> System.out.println("  " + d.device() + ": " + d.findings()));
            }
            stop(lab);
            System.out.printf(Locale.ROOT, "audit: devices_per_s=%.0f heap_mb=%d%n", rate, heapMb);
        } finally {
            stop(lab);
        }
    }

    /** Stops the lab before the last line is printed, so nothing it says can come after it. */
    private static void stop(Process lab) throws Exception {
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

    private static void awaitReady(Process lab) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(lab.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("ready")) return;
        }
        throw new IllegalStateException("the benchmark lab exited before it was ready (exit " + lab.waitFor() + ")");
    }

    private static Map<String, Integer> ports(Path dir) throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("ports"))) {
            String[] f = line.split(" ");
            ports.put(f[0], Integer.parseInt(f[1]));
        }
        return ports;
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
