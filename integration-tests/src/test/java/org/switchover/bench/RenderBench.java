package org.switchover.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.render.RenderedConfig;
import org.switchover.render.Renderer;

/**
 * Renders 1,000 devices: the city site replicated (each copy's devices and cables renamed), golden
 * configs, with the built-in templates. The first, cold pass is the figure: it is what a user
 * waits for. Usage: RenderBench SITE [DEVICES].
 */
public final class RenderBench {

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "templates/sites/city/site.yaml");
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long t0 = System.nanoTime();
        Site city = SiteLoader.defaults().loadOrThrow(file);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Site big = replicate(city, target);
        Renderer renderer = Renderer.builtIn();

        long t1 = System.nanoTime();
        double cpu1 = cpuSeconds();
        List<RenderedConfig> cold = renderer.renderAll(big, false);
        double coldS = (System.nanoTime() - t1) / 1e9;
        double coldCpu = cpuSeconds() - cpu1;
        long t2 = System.nanoTime();
        double cpu2 = cpuSeconds();
        List<RenderedConfig> warm = renderer.renderAll(big, false);
        double warmS = (System.nanoTime() - t2) / 1e9;
        double warmCpu = cpuSeconds() - cpu2;

        long bytes = cold.stream().mapToLong(c -> c.xml().length()).sum();
        System.out.printf("site %s loaded in %d ms (%d devices), replicated to %d devices%n", file, loadMs, city.devices().size(), big.devices().size());
        System.out.printf("cold pass: %d devices in %.2f s, %.2f s of CPU (%.1f MB of XML), %d threads, load average %.1f%n",
                cold.size(), coldS, coldCpu, bytes / 1e6, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("warm pass: %d devices in %.2f s, %.2f s of CPU (%.0f devices/s)%n", warm.size(), warmS, warmCpu, warm.size() / warmS);
        System.out.printf("bar: all %d in under 5 s: %s%n", cold.size(), coldS < 5 ? "met" : "NOT met");
        System.out.printf("render: devices_per_s=%.0f%n", cold.size() / coldS);
    }

    /** CPU time of this process so far: the figure that does not depend on what else the machine runs. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** {@code target} devices: copies of the site's devices and links, renamed per copy. */
    static Site replicate(Site site, int target) {
        Map<String, Device> devices = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        int copies = (target + site.devices().size() - 1) / site.devices().size();
        for (int c = 0; c < copies; c++) {
            String prefix = "c" + c + "-";
            for (Device d : site.devices().values()) {
                if (devices.size() == target) break;
                devices.put(prefix + d.name(), new Device(prefix + d.name(), d.role(), d.platform(), d.model(), d.management(),
                        d.serial(), d.credentials(), d.knownHosts(), d.ports()));
            }
            for (Link l : site.links()) {
                Link copy = new Link(new Link.Endpoint(prefix + l.a().device(), l.a().port()), new Link.Endpoint(prefix + l.b().device(), l.b().port()));
                if (devices.containsKey(copy.a().device()) && devices.containsKey(copy.b().device())) links.add(copy);
            }
        }
        return new Site(site.file(), site.name() + "-x" + copies, site.description(), site.defaults(), site.models(), devices,
                site.vlans(), site.services(), links, site.suppressions());
    }
}
