package org.switchover.audit;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.render.Renderer;
import org.switchover.workflow.*;

public final class ProbeCosts {
    interface Op { void run(Device d) throws Exception; }
    public static void main(String[] a) throws Exception {
        try (AuditLab lab = AuditLab.start(AuditLab.city(), Files.createTempDirectory("probe"))) {
            Site site = lab.site;
            List<Device> devs = List.copyOf(site.devices().values());
            Renderer r = Renderer.builtIn();
            AuditRenderedGolden golden = new AuditRenderedGolden(r);
            AuditNetconfConnector conn = new AuditNetconfConnector(CredentialResolver.system(), Clock.systemUTC());
            Duration t = Duration.ofSeconds(30);
            String only = System.getProperty("only", "");
            if (only.equals("sizes")) {
                for (Device d : devs) {
                    try (org.switchover.netconf.NetconfSession s = org.switchover.netconf.NetconfClient.connect(org.switchover.netconf.ConnectOptions.of(d.name(), "127.0.0.1", d.management().getPort(), CredentialResolver.system().resolve(d.name(), d.credentials()), org.switchover.netconf.HostKeyPolicy.strict(d.knownHosts())))) {
                        var m = org.switchover.platform.PlatformDrivers.model(d.platform().id());
                        int sa = org.switchover.platform.DeviceXml.print(s.get(java.util.Optional.of(m.interfacesFilter() + m.lldpFilter()))).length();
                        var g = golden.golden(site, d);
                        int b = org.switchover.platform.DeviceXml.print(s.getConfig(org.switchover.netconf.Datastore.RUNNING, java.util.Optional.of(org.switchover.platform.OwnedSubtrees.filter(g.ownedSubtrees())))).length();
                        System.out.printf("%s %s ports=%d state=%d config=%d golden=%d%n", d.name(), d.platform().id(), d.ports().size(), sa, b, g.xml().length());
                    }
                }
                return;
            }
            if (only.equals("connect")) { time("connect+close", devs, d -> { try (PlatformDriver p = conn.open(d, t)) { } }); return; }
            if (only.equals("compliance")) { try (var sessions = new Sessions(devs, conn, t)) { time("compliance", devs, d -> sessions.get(d).compliance(golden.golden(site, d))); } return; }
            time("render", devs, d -> golden.golden(site, d));
            time("connect+close", devs, d -> { try (PlatformDriver p = conn.open(d, t)) { } });
            try (var sessions = new Sessions(devs, conn, t)) {
                time("compliance", devs, d -> sessions.get(d).compliance(golden.golden(site, d)));
                time("interfaces", devs, d -> sessions.get(d).interfaces());
                time("lldp", devs, d -> sessions.get(d).lldpNeighbors());
            }
        }
    }
    static final class Sessions implements AutoCloseable {
        final java.util.Map<String, PlatformDriver> m = new java.util.HashMap<>();
        Sessions(List<Device> devs, AuditNetconfConnector c, Duration t) { devs.forEach(d -> m.put(d.name(), c.open(d, t))); }
        PlatformDriver get(Device d) { return m.get(d.name()); }
        public void close() { m.values().forEach(PlatformDriver::close); }
    }
    static long[] stat() throws Exception { String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat")).split("\\) ")[1].split(" "); return new long[]{Long.parseLong(f[11]), Long.parseLong(f[12])}; }
    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    static void time(String name, List<Device> devs, Op op) throws Exception {
        int n = 0; long t0 = 0, c0 = 0; long[] s0 = null;
        for (int round = 0; round < Integer.getInteger("rounds", 2); round++) {
            t0 = System.nanoTime(); n = 0; c0 = cpu(); s0 = stat();
            long until = System.nanoTime() + 8_000_000_000L;
            while (System.nanoTime() < until) for (Device d : devs) { op.run(d); n++; }
            report(name, t0, c0, s0, n);
        }
    }
    static void report(String name, long t0, long c0, long[] s0, int n) throws Exception {
        if (true) System.out.printf("%-14s %.2f ms/op wall, %.2f ms/op cpu (n=%d)%n", name, (System.nanoTime() - t0) / 1e6 / n, (cpu() - c0) / 1e6 / n, n);
        long[] s1 = stat(); System.out.printf("   user %.2f ms/op sys %.2f ms/op; gc %d ms total; threads started %d jit %d ms%n", (s1[0]-s0[0])*10.0/n, (s1[1]-s0[1])*10.0/n, java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b->b.getCollectionTime()).sum(), java.lang.management.ManagementFactory.getThreadMXBean().getTotalStartedThreadCount(), java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }
}
