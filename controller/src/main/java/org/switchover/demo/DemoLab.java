package org.switchover.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.time.Duration;
import org.switchover.driver.PlatformDriver;
import org.switchover.workflow.DeviceAccess;
import org.switchover.workflow.DriverPool;
import org.switchover.workflow.Observer;
import org.switchover.inventory.Device;
import org.switchover.inventory.HardwareModel;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.Lab;
import org.switchover.lab.LabSpec;
import org.switchover.lab.SwitchCredentials;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.Topology;
import org.switchover.render.Renderer;

/**
 * A lab running a site as built: every device a simulated switch with its golden configuration,
 * cabled as the site says, plus factory-default spares. Listens on free ports; writes beside the
 * lab a copy of the site file pointing at them, with a fresh password file and the lab's
 * known_hosts, so every command can be pointed at it.
 */
public final class DemoLab implements AutoCloseable {

    private final Lab lab;
    private final Site site;
    private final Path siteFile;
    private final Map<String, String> spares;

    private DemoLab(Lab lab, Site site, Path siteFile, Map<String, String> spares) {
        this.lab = lab;
        this.site = site;
        this.siteFile = siteFile;
        this.spares = spares;
    }

    /** A spare of some model and platform, racked for a device. */
    public record Spare(String name, String model, org.switchover.inventory.Platform platform) {}

    /**
     * Starts the lab of {@code original} in {@code dir}, with {@code spares} beside it (factory default).
     */
    public static DemoLab start(Path originalFile, Path dir, List<Spare> spares) throws IOException {
        return start(originalFile, dir, spares, Renderer.builtIn());
    }

    public static DemoLab start(Path originalFile, Path dir, List<Spare> spares, Renderer renderer) throws IOException {
        Site original = SiteLoader.defaults().loadOrThrow(originalFile);
        Files.createDirectories(dir);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        SwitchCredentials creds = SwitchCredentials.password(original.defaults().credentials().username(), password);
        List<LabSpec.SwitchSpec> switches = new ArrayList<>();
        for (Device d : original.devices().values()) {
            String config = renderer.render(original, d, false).xml();
            switches.add(new LabSpec.SwitchSpec(d.name(), SwitchPlatform.of(d.platform().id()), model(original, d.model()),
                    d.serial().orElse(null), config, creds, org.switchover.lab.config.SwitchFeatures.all(), 0, false));
        }
        Map<String, String> spareModels = new LinkedHashMap<>();
        for (Spare s : spares) {
            switches.add(LabSpec.SwitchSpec.spare(s.name(), SwitchPlatform.of(s.platform().id()), model(original, s.model()), creds)
                    .withSerial(String.format("SPR-%04d", spareModels.size() + 1)));
            spareModels.put(s.name(), s.model());
        }
        List<LabSpec.CableSpec> cables = new ArrayList<>();
        for (Link l : original.links()) {
            cables.add(new LabSpec.CableSpec(new Topology.Endpoint(l.a().device(), l.a().port()),
                    new Topology.Endpoint(l.b().device(), l.b().port())));
        }
        Lab lab = Lab.start(new LabSpec(dir, switches, cables));
        try {
            Path siteFile = dir.resolve("site.yaml");
            Files.write(siteFile, LabSiteFile.pointAt(Files.readAllLines(originalFile, StandardCharsets.UTF_8), lab,
                    original.devices().keySet(), passwordFile, lab.knownHosts()), StandardCharsets.UTF_8);
            Site site = SiteLoader.defaults().loadOrThrow(siteFile);
            return new DemoLab(lab, site, siteFile, spareModels);
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private static SwitchModel model(Site site, String name) {
        HardwareModel m = site.models().get(name);
        if (m == null) throw new IllegalArgumentException("no model '" + name + "' in " + site.file());
        return new SwitchModel(m.name(), "switchover-lab", "lab-1.0", m.ports());
    }

    public Lab lab() {
        return lab;
    }

    /** The site as the lab runs it (lab addresses, password file, known_hosts). */
    public Site site() {
        return site;
    }

    public Path siteFile() {
        return siteFile;
    }

    /** Where a switch of the lab listens, as {@code 127.0.0.1:PORT}. */
    public String address(String name) {
        return "127.0.0.1:" + lab.get(name).port();
    }

    /** The switch loses power. */
    public void powerOff(String device) {
        lab.powerOff(device);
    }

    /** Racks {@code spare} in {@code device}'s place: every cable of the device moves to the same port of the spare. */
    public void rack(String spare, String device) {
        if (!spares.containsKey(spare)) throw new IllegalArgumentException("no spare '" + spare + "' in the lab");
        for (Link l : site.linksOf(device)) {
            String port = l.nearEnd(device).port();
            lab.move(new Topology.Endpoint(device, port), new Topology.Endpoint(spare, port));
        }
    }

    /**
     * As an operator would after a failure: shuts (over NETCONF, committed) every port that faces
     * one of {@code failed}, so nothing comes back into the network by accident. Returns them.
     */
    public Map<String, Set<String>> shutPortsFacing(List<String> failed, DeviceAccess access) {
        Map<String, Set<String>> ports = new LinkedHashMap<>();
        for (String f : failed) {
            for (Link l : site.linksOf(f)) {
                Link.Endpoint far = l.farEnd(f);
                if (!failed.contains(far.device())) ports.computeIfAbsent(far.device(), k -> new LinkedHashSet<>()).add(far.port());
            }
        }
        try (DriverPool pool = new DriverPool(site, access)) {
            Observer.forEach(ports.keySet(), device -> {
                PlatformDriver driver = pool.driver(device);
                driver.setPortsEnabled(ports.get(device), false);
                driver.commitConfirmed(Duration.ofSeconds(60), "operator-shut");
                driver.confirm("operator-shut");
            });
        }
        return ports;
    }

    @Override
    public void close() {
        lab.close();
    }
}
