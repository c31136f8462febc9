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
        Files.createDirectories(dir);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path secret = dir.resolve("password");
        Files.writeString(secret, password + "\n");
        Renderer renderer = Renderer.builtIn();
        List<LabSpec.SwitchSpec> switches = new ArrayList<>();
        for (Device d : source.devices().values()) {
            HardwareModel hw = source.models().get(d.model());
            switches.add(LabSpec.SwitchSpec.of(d.name(), SwitchPlatform.of(d.platform().id()),
                    new SwitchModel(hw.name(), "switchover-lab", "lab-1.0", hw.ports()),
                    renderer.render(source, d, false).xml(), SwitchCredentials.password(d.credentials().username(), password)));
        }
        List<LabSpec.CableSpec> cables = source.links().stream()
                .map(l -> new LabSpec.CableSpec(end(l.a()), end(l.b()))).toList();
        Lab lab = Lab.start(new LabSpec(dir, switches, cables));
        Map<String, Device> devices = new LinkedHashMap<>();
        for (Device d : source.devices().values()) {
            devices.put(d.name(), new Device(d.name(), d.role(), d.platform(), d.model(),
                    HostAndPort.fromParts("127.0.0.1", lab.get(d.name()).port()), d.serial(),
                    new CredentialRef.File(d.credentials().username(), secret), lab.knownHosts(), d.ports()));
        }
        Site site = new Site(source.file(), source.name(), source.description(), source.defaults(), source.models(), devices,
                source.vlans(), source.services(), source.links(), source.suppressions());
        return new AuditLab(lab, site);
    }

    static Topology.Endpoint end(Link.Endpoint e) {
        return new Topology.Endpoint(e.device(), e.port());
    }

    /** {@code site} {@code copies} times over, device names suffixed {@code -rN}, cables within each copy. */
    static Site replicate(Site site, int copies) {
        Map<String, Device> devices = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= copies; n++) {
            String suffix = "-r" + n;
            for (Device d : site.devices().values()) {
                devices.put(d.name() + suffix, new Device(d.name() + suffix, d.role(), d.platform(), d.model(), d.management(),
                        d.serial(), d.credentials(), d.knownHosts(), d.ports()));
            }
            for (Link l : site.links()) {
                links.add(new Link(new Link.Endpoint(l.a().device() + suffix, l.a().port()),
                        new Link.Endpoint(l.b().device() + suffix, l.b().port())));
            }
        }
        return new Site(site.file(), site.name(), site.description(), site.defaults(), site.models(), devices, site.vlans(),
                site.services(), links, List.of());
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
