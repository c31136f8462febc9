package org.switchover.audit;

import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchover.inventory.CredentialRef;
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
import org.switchover.lab.config.SwitchFeatures;
import org.switchover.render.Renderer;

/**
 * A lab running a site as built: one simulated switch per device with its golden config, cabled
 * as the site says, and the site rewritten to reach it (addresses, known_hosts, a random password
 * in a file). Optionally the site replicated many times, for the benchmark.
 */
final class AuditLab implements AutoCloseable {

    static final Path CITY = Path.of(System.getProperty("switchover.city.site", "../templates/sites/city/site.yaml"));

    final Lab lab;
    final Site site;

    private AuditLab(Lab lab, Site site) {
        this.lab = lab;
        this.site = site;
    }

    static Site city() {
        return SiteLoader.defaults().loadOrThrow(CITY);
    }

    static AuditLab start(Site source, Path dir) throws IOException {
        return start(source, dir, Map.of());
    }

    /** A switch that differs from one built from the site: its starting config and the NETCONF features it offers. */
    record Variant(String initialConfig, SwitchFeatures features) {}

    /** As {@link #start(Site, Path)}, with the devices named in {@code variants} started as their variant says. */
    static AuditLab start(Site source, Path dir, Map<String, Variant> variants) throws IOException {
        Files.createDirectories(dir);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path secret = dir.resolve("password");
        Files.writeString(secret, password + "\n");
        Renderer renderer = Renderer.builtIn();
        List<LabSpec.SwitchSpec> switches = new ArrayList<>();
        for (Device d : source.devices().values()) {
            HardwareModel hw = source.models().get(d.model());
            Variant variant = variants.get(d.name());
            LabSpec.SwitchSpec spec = LabSpec.SwitchSpec.of(d.name(), SwitchPlatform.of(d.platform().id()),
                    new SwitchModel(hw.name(), "switchover-lab", "lab-1.0", hw.ports()),
                    variant != null ? variant.initialConfig() : renderer.render(source, d, false).xml(),
                    SwitchCredentials.password(d.credentials().username(), password));
            switches.add(spec.withFeatures(variant != null ? variant.features() : SwitchPlatform.of(d.platform().id()).defaultFeatures()));
        }
        List<LabSpec.CableSpec> cables = source.links().stream()
                .map(l -> new LabSpec.CableSpec(end(l.a()), end(l.b()))).toList();
        Lab lab = Lab.start(new LabSpec(dir, switches, cables));
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Device d : source.devices().values()) ports.put(d.name(), lab.get(d.name()).port());
        return new AuditLab(lab, reachedAt(source, ports, dir));
    }

    static Topology.Endpoint end(Link.Endpoint e) {
        return new Topology.Endpoint(e.device(), e.port());
    }

    /**
     * {@code count} devices made of {@code site} repeated, device names suffixed {@code -rN}, cables
     * within each copy (and only between devices kept).
     */
    static Site replicate(Site site, int count) {
        Map<String, Device> devices = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (int n = 1; devices.size() < count; n++) {
            String suffix = "-r" + n;
            for (Device d : site.devices().values()) {
                if (devices.size() == count) break;
                devices.put(d.name() + suffix, new Device(d.name() + suffix, d.role(), d.platform(), d.model(), d.management(),
                        d.serial(), d.credentials(), d.knownHosts(), d.ports()));
            }
            for (Link l : site.links()) {
                Link copy = new Link(new Link.Endpoint(l.a().device() + suffix, l.a().port()),
                        new Link.Endpoint(l.b().device() + suffix, l.b().port()));
                if (devices.containsKey(copy.a().device()) && devices.containsKey(copy.b().device())) links.add(copy);
            }
        }
        return new Site(site.file(), site.name(), site.description(), site.defaults(), site.models(), devices, site.vlans(),
                site.services(), links, List.of());
    }

    /** {@code site} reached at the lab's addresses as {@code ports} lists them, with the lab's known_hosts and password file. */
    static Site reachedAt(Site site, Map<String, Integer> ports, Path labDir) {
        Map<String, Device> devices = new LinkedHashMap<>();
        for (Device d : site.devices().values()) {
            devices.put(d.name(), new Device(d.name(), d.role(), d.platform(), d.model(), HostAndPort.fromParts("127.0.0.1", ports.get(d.name())),
                    d.serial(), new CredentialRef.File(d.credentials().username(), labDir.resolve("password")),
                    labDir.resolve("known_hosts"), d.ports(), d.portNumbers()));
        }
        return new Site(site.file(), site.name(), site.description(), site.defaults(), site.models(), devices, site.vlans(),
                site.services(), site.links(), site.suppressions());
    }

    /**
     * A copy of the site file {@code source} that reaches this lab: the lab's addresses, password
     * file and known_hosts in place of the ones written for {@code switchover lab up}.
     */
    Path writeSiteFile(Path source, Path target) throws IOException {
        Path dir = lab.directory().toAbsolutePath();
        List<String> out = new ArrayList<>();
        boolean inDevices = false;
        String device = null;
        for (String line : Files.readAllLines(source)) {
            if (!line.startsWith(" ") && !line.isBlank()) inDevices = line.startsWith("devices:");
            var m = java.util.regex.Pattern.compile("^  ([A-Za-z0-9._-]+):").matcher(line);
            if (inDevices && m.find()) device = m.group(1);
            if (inDevices && device != null && line.trim().startsWith("management:")) {
                line = line.substring(0, line.indexOf("management:")) + "management: 127.0.0.1:" + lab.get(device).port();
            }
            line = line.replace("file:~/.switchover/lab/password", "file:" + dir.resolve("password"))
                    .replace("~/.switchover/lab/known_hosts", dir.resolve("known_hosts").toString());
            out.add(line);
        }
        Files.write(target, out);
        return target;
    }

    /** The site as the audit should see it, with different suppressions. */
    Site withSuppressions(List<org.switchover.inventory.Suppression> suppressions) {
        return new Site(site.file(), site.name(), site.description(), site.defaults(), site.models(), site.devices(), site.vlans(),
                site.services(), site.links(), suppressions);
    }

    @Override
    public void close() {
        lab.close();
    }
}
