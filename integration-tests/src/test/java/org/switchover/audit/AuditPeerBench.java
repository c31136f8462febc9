package org.switchover.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.platform.OwnedSubtrees;
import org.switchover.platform.PlatformDrivers;
import org.switchover.render.Renderer;
import org.switchover.workflow.TemplateGoldenConfigs;

/**
 * {@code bench.sh audit-peer}: a one-shot {@code switchover audit} of 500 lab switches against
 * the script a Python shop would write with stock ncclient ({@code integration-tests/peers/}),
 * which only connects, checks the host key, fetches running config and state with the same
 * filters, and closes. Both read 16 devices at a time from the same switches (the city site file
 * replicated, served by a lab in another process, warmed up first), alternating three times; the
 * medians are reported, last as {@code audit-peer: ratio=R switchover_s=S ncclient_s=P} with
 * {@code R = P / S}.
 *
 * <p>switchover runs as the README documents it, a fresh JVM per audit with its default text
 * report. {@code -Dswitchover.bench.commands=NAME=CMD|NAME=CMD} runs several command lines side
 * by side (e.g. the launcher and {@code java -jar}) to compare them; the first is reported last.
 * {@code -Dswitchover.bench.serve=true} starts the lab, prints the site file and waits, for
 * timing command lines by hand.
 */
public final class AuditPeerBench {

    private static final int ROUNDS = 3;
    private static final int PARALLEL = 16;

    private AuditPeerBench() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("switchover.bench.devices", 500);
        Map<String, List<String>> commands = commands(System.getProperty("switchover.bench.commands", ""));
        Path dir = Files.createTempDirectory("audit-peer-bench");
        Path labDir = dir.resolve("lab");
        Files.createDirectories(labDir);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        SiteReplica replica = SiteReplica.read(AuditLab.CITY);
        List<String> names = replica.names(count);
        Map<String, Integer> placeholder = new HashMap<>();
        for (int i = 0; i < names.size(); i++) placeholder.put(names.get(i), 20000 + i);
        Path labSite = replica.write(dir.resolve("lab-site.yaml"), count, placeholder::get, labDir);

        System.out.println("starting " + count + " lab switches and warming them up ...");
        List<String> lab = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("switchover.bench.labheap", "3g"), "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dswitchover.cache.dir=" + dir.resolve("lab-cache"),
                "-Dorg.slf4j.simpleLogger.log.org.apache.sshd.server.session.ServerSessionImpl=error",
                AuditBenchLab.class.getName(), labDir.toString(), String.valueOf(count), labSite.toString()));
        Process labProcess = new ProcessBuilder(lab).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            AuditBench.awaitReady(labProcess);
            Map<String, Integer> ports = AuditBench.ports(labDir);
            Path site = replica.write(dir.resolve("site.yaml"), count, ports::get, labDir);
            Path peerDevices = peerInputs(SiteLoader.defaults().loadOrThrow(site), dir);
            if (Boolean.getBoolean("switchover.bench.serve")) {
                // the lab alone, for timing command lines by hand: runs until our input closes
                System.out.println("serving " + site + " and " + peerDevices + "; close input to stop");
                while (System.in.read() >= 0) {
                    // wait
                }
                return;
            }

            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            List<Double> peer = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                for (var c : commands.entrySet()) {
                    double s = switchover(c.getValue(), site, dir, cache);
                    seconds.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(s);
                    System.out.printf(Locale.ROOT, "round %d: switchover (%s) audited %d devices in %.2fs%n", round, c.getKey(), count, s);
                }
                double p = ncclient(peerDevices, labDir);
                peer.add(p);
                System.out.printf(Locale.ROOT, "round %d: ncclient read %d devices in %.2fs%n", round, count, p);
            }
            AuditBench.stop(labProcess);
            double peerMedian = median(peer);
            String first = commands.keySet().iterator().next();
            for (var e : seconds.entrySet()) {
                System.out.printf(Locale.ROOT, "median: switchover (%s) %.2fs (%.0f devices/s), ncclient %.2fs: ratio %.2f%n",
                        e.getKey(), median(e.getValue()), count / median(e.getValue()), peerMedian, peerMedian / median(e.getValue()));
            }
            double s = median(seconds.get(first));
            System.out.printf(Locale.ROOT, "audit-peer: ratio=%.2f switchover_s=%.2f ncclient_s=%.2f%n", peerMedian / s, s, peerMedian);
        } finally {
            AuditBench.stop(labProcess);
        }
    }

    /** The switchover command lines to time, by name; by default the launcher when built, else {@code java -jar}. */
    private static Map<String, List<String>> commands(String spec) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (spec.isBlank()) {
            Path launcher = Path.of("controller/target/bin/switchover");
            spec = Files.isExecutable(launcher) ? "launcher=" + launcher : "jar=java -jar controller/target/switchover.jar";
        }
        for (String entry : spec.split("\\|")) {
            String[] kv = entry.split("=", 2);
            out.put(kv[0].trim(), List.of(kv[1].trim().split("\\s+")));
        }
        return out;
    }

    /** One one-shot audit of every device in a fresh JVM; its report goes to a file, as a user would keep it. */
    private static double switchover(List<String> command, Path site, Path dir, Path cache) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("audit", "--site", site.toString(), "--parallel", String.valueOf(PARALLEL),
                "--journal", dir.resolve("switchover.db").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("report.txt").toFile())
                .redirectError(dir.resolve("switchover.err").toFile());
        // the render cache lives in the user's cache directory; here a folder of this run's own
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        long t0 = System.nanoTime();
        int exit = pb.start().waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("switchover audit exited " + exit + " on a clean lab: " + Files.readString(dir.resolve("switchover.err"))
                    + String.join("\n", Files.readAllLines(dir.resolve("report.txt")).stream().limit(20).toList()));
        }
        return s;
    }

    private static double ncclient(Path devices, Path labDir) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "integration-tests/peers/ncclient_audit.py", devices.toString(),
                "--user", "admin", "--password-file", labDir.resolve("password").toString(),
                "--known-hosts", labDir.resolve("known_hosts").toString(), "--parallel", String.valueOf(PARALLEL))
                .redirectErrorStream(true).start();
        long t0 = System.nanoTime();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        if (exit != 0) throw new IllegalStateException("the ncclient peer failed (exit " + exit + "):\n" + out);
        System.out.println("  " + last);
        return s;
    }

    /**
     * The peer's input: per device its address and the files of the two subtree filters the audit
     * sends it (the owned subtrees of its golden config, and its platform's state read).
     */
    private static Path peerInputs(Site site, Path dir) throws IOException {
        Renderer renderer = Renderer.builtIn();
        Path filters = Files.createDirectories(dir.resolve("filters"));
        Map<String, Path> written = new HashMap<>();
        StringBuilder tsv = new StringBuilder();
        for (Device d : site.devices().values()) {
            // Junos state comes from its RPCs (the interfaces' configuration is in the config read already)
            boolean junos = d.platform().id().equals(org.switchover.platform.junos.JunosPlatform.ID);
            var golden = TemplateGoldenConfigs.payload(renderer.render(site, d, false));
            // the areas the driver reads for compliance (IOS-XE's within native, Junos's entries)
            String config = junos ? org.switchover.platform.junos.JunosDriver.configFilter(golden)
                    : OwnedSubtrees.areaFilter(PlatformDrivers.model(d.platform().id()).ownedAreas(golden));
            String state = junos ? String.join("\n", org.switchover.platform.junos.JunosDriver.stateRpcs())
                    : PlatformDrivers.model(d.platform().id()).portsAndNeighborsFilter();
            tsv.append(d.name()).append('\t').append(d.management().getHost()).append('\t').append(d.management().getPort())
                    .append('\t').append(filterFile(filters, written, config)).append('\t')
                    .append(junos ? "rpc:" : "").append(filterFile(filters, written, state)).append('\n');
        }
        Path out = dir.resolve("peer-devices.tsv");
        Files.writeString(out, tsv);
        return out;
    }

    private static Path filterFile(Path dir, Map<String, Path> written, String filter) throws IOException {
        Path p = written.get(filter);
        if (p == null) {
            p = dir.resolve("filter-" + written.size() + ".xml");
            Files.writeString(p, filter);
            written.put(filter, p);
        }
        return p;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
