package org.switchover.lab;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;

/**
 * Measures a lab of N access switches (48 + 4 ports, every port configured, chained by their
 * uplinks): start-up time from nothing (host keys generated) and heap per switch, then proves
 * the first, middle and last switch answer NETCONF. Run by {@code integration-tests/bench.sh lab};
 * the last line is {@code lab: switches=N startup_s=S heap_mb_per_switch=M}.
 */
public final class LabBenchmark {
    private LabBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("switchover-lab-bench");
        SwitchModel model = modelWithUplinks();
        SwitchCredentials creds = SwitchCredentials.password("admin", "bench");
        List<LabSpec.SwitchSpec> switches = new ArrayList<>();
        List<LabSpec.CableSpec> cables = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switches.add(LabSpec.SwitchSpec.of("sw" + i, SwitchPlatform.OPENCONFIG, model, accessConfig("sw" + i, model), creds));
            if (i > 0) cables.add(LabSpec.CableSpec.parse("sw" + (i - 1) + ":up1", "sw" + i + ":up2"));
        }
        LabSpec spec = new LabSpec(dir, switches, cables);
        long before = usedHeapAfterGc();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (Lab lab = Lab.start(spec)) {
            double startup = (System.nanoTime() - t0) / 1e9;
            double startupCpu = (processCpuNanos() - cpu0) / 1e9;
            long after = usedHeapAfterGc();
            double perSwitchMb = (after - before) / (double) n / (1024 * 1024);
            System.out.printf("started %d switches in %.2f s wall clock, %.2f s of CPU (all threads; wall time grows with"
                    + " machine load, load average now %.1f on %d cores); heap %.1f MB before, %.1f MB after%n",
                    n, startup, startupCpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors(), before / 1048576.0, after / 1048576.0);
            for (int i : new int[] {0, n / 2, n - 1}) {
                long s0 = System.nanoTime();
                try (NetconfSession s = NetconfClient.connect(ConnectOptions.of("sw" + i, "127.0.0.1", lab.get("sw" + i).port(),
                        new Credentials.Password("admin", "bench"), HostKeyPolicy.strict(lab.knownHosts()))
                        .withConnectTimeout(Duration.ofSeconds(20)))) {
                    int chars = s.get(Optional.empty()).getTextContent().length();
                    System.out.printf("sw%d answered <get> (%d chars of text) in %.0f ms including the SSH handshake%n",
                            i, chars, (System.nanoTime() - s0) / 1e6);
                }
            }
            System.out.printf("lab: switches=%d startup_s=%.2f heap_mb_per_switch=%.3f%n", n, startup, perSwitchMb);
        }
    }

    private static SwitchModel modelWithUplinks() {
        List<String> ports = new ArrayList<>();
        for (int i = 1; i <= 48; i++) ports.add("eth" + i);
        for (int i = 1; i <= 4; i++) ports.add("up" + i);
        return new SwitchModel("edge-48", "switchover-lab", "lab-1.0", ports);
    }

    /** A golden-like access switch: hostname, every port described and on a VLAN, uplinks trunked. */
    static String accessConfig(String hostname, SwitchModel model) {
        StringBuilder s = new StringBuilder("<system xmlns=\"http://openconfig.net/yang/system\"><config><hostname>")
                .append(hostname).append("</hostname></config></system><interfaces xmlns=\"http://openconfig.net/yang/interfaces\">");
        for (String p : model.ports()) {
            boolean uplink = p.startsWith("up");
            s.append("<interface><name>").append(p).append("</name><config><name>").append(p)
                    .append("</name><type xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">ianaift:ethernetCsmacd</type>")
                    .append("<mtu>1500</mtu><description>").append(uplink ? "uplink" : "desk").append("</description><enabled>true</enabled></config>")
                    .append("<ethernet xmlns=\"http://openconfig.net/yang/interfaces/ethernet\"><switched-vlan xmlns=\"http://openconfig.net/yang/vlan\"><config>")
                    .append(uplink ? "<interface-mode>TRUNK</interface-mode><trunk-vlans>110</trunk-vlans><trunk-vlans>300</trunk-vlans>"
                            : "<interface-mode>ACCESS</interface-mode><access-vlan>110</access-vlan>")
                    .append("</config></switched-vlan></ethernet></interface>");
        }
        return s.append("</interfaces>").toString();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100); // lets the collector finish before measuring; this is a measurement, not logic
        }
        return mem.getHeapMemoryUsage().getUsed();
    }
}
