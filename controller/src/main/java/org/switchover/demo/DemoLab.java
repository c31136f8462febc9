package org.switchover.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.time.Duration;
import org.switchover.driver.PlatformDriver;
import org.switchover.workflow.access.DeviceAccess;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.Observer;
import org.switchover.demo.LabSecrets;
import org.switchover.demo.LabSiteFile;
import org.switchover.demo.SiteLab;
import org.switchover.inventory.Device;
import org.switchover.inventory.CredentialRef;
import org.switchover.inventory.Defaults;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.Lab;
import org.switchover.lab.LabSpec;
import org.switchover.lab.SwitchCredentials;
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
    public record Spare(String name, String model, org.switchover.inventory.Platform platform, List<String> featuresOff) {

        public Spare(String name, String model, org.switchover.inventory.Platform platform) {
            this(name, model, platform, List.of());
        }

        /** The same spare without NETCONF features such as {@code confirmed-commit} (see the lab's feature names). */
        public Spare without(String... features) {
            return new Spare(name, model, platform, List.of(features));
        }
    }

    /**
     * Starts the lab of {@code original} in {@code dir}, with {@code spares} beside it (factory default).
     */
    public static DemoLab start(Path originalFile, Path dir, List<Spare> spares) throws IOException {
        return start(originalFile, dir, spares, Renderer.builtIn());
    }

    public static DemoLab start(Path originalFile, Path dir, List<Spare> spares, Renderer renderer) throws IOException {
        Site original = SiteLoader.defaults().loadOrThrow(originalFile);
        Files.createDirectories(dir);
        // every device of the demo's copy of the site shares one fresh password file in the lab's folder
        Path passwordFile = dir.resolve("password");
        Site local = withCredentials(original, passwordFile, dir.resolve("known_hosts"));
        LabSecrets secrets = new LabSecrets(Map.of());
        LabSpec built = SiteLab.spec(local, renderer, dir, secrets, 0, true);
        List<LabSpec.SwitchSpec> switches = new ArrayList<>(built.switches());
        Map<String, String> spareModels = new LinkedHashMap<>();
        for (Spare s : spares) {
            SwitchCredentials creds = secrets.resolve(local.defaults().credentials());
            LabSpec.SwitchSpec spec = LabSpec.SwitchSpec.spare(s.name(), SwitchPlatform.of(s.platform().id()), SiteLab.switchModel(local, s.model()), creds)
                    .withSerial(String.format("SPR-%04d", spareModels.size() + 1));
            for (String f : s.featuresOff()) spec = spec.withFeatures(spec.features().without(f));
            switches.add(spec);
            spareModels.put(s.name(), s.model());
        }
        Lab lab = Lab.start(new LabSpec(dir, switches, built.cables()));
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

    private static Site withCredentials(Site site, Path passwordFile, Path knownHosts) {
        String user = site.defaults().credentials().username();
        CredentialRef ref = new CredentialRef.File(user, passwordFile);
        Map<String, Device> devices = new LinkedHashMap<>();
        site.devices().forEach((name, d) -> devices.put(name, d.withCredentials(ref, knownHosts)));
        return new Site(site.file(), site.name(), site.description(),
                new Defaults(site.defaults().platform(), ref, site.defaults().confirmTimeout(), site.defaults().portNumbers()),
                site.models(), devices, site.vlans(), site.services(), site.links(), site.suppressions());
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

    /** Racks {@code spare} in {@code device}'s place, as {@code lab rack SPARE --as DEVICE} does: every cable moves to the same port of the spare. */
    public Topology.Racking rack(String spare, String device) {
        if (!spares.containsKey(spare)) throw new IllegalArgumentException("no spare '" + spare + "' in the lab");
        return lab.rack(spare, device);
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
