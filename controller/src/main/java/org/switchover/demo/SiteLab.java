package org.switchover.demo;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.inventory.Device;
import org.switchover.inventory.HardwareModel;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.lab.Lab;
import org.switchover.lab.LabSpec;
import org.switchover.lab.SwitchCredentials;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.render.RenderedConfig;
import org.switchover.render.Renderer;

/**
 * Turns a site into the lab that simulates it: one switch per device, loaded with its rendered
 * golden configuration and listening on its management port when that is on 127.0.0.1, cabled as
 * the site's links say, plus factory-default spare switches of every model and platform the site
 * uses (named {@code spare-<model>-<platform>-<n>}, on free ports).
 */
public final class SiteLab {
    /** What a site-built lab's switches report as vendor and OS version. */
    public static final String VENDOR = "switchover-lab";
    public static final String OS_VERSION = "lab-1.0";

    private SiteLab() {}

    /** The spec of the lab for {@code site}; credentials are resolved (and a missing password file created) by {@code secrets}. */
    public static LabSpec spec(Site site, Renderer renderer, Path labDir, LabSecrets secrets, int sparesPerModel) throws IOException {
        return spec(site, renderer, labDir, secrets, sparesPerModel, false);
    }

    /** As {@link #spec(Site, Renderer, Path, LabSecrets, int)}; with {@code freePorts} every switch takes a free port instead of its management port. */
    public static LabSpec spec(Site site, Renderer renderer, Path labDir, LabSecrets secrets, int sparesPerModel, boolean freePorts)
            throws IOException {
        checkArgument(sparesPerModel >= 0, "spares per model must not be negative");
        List<LabSpec.SwitchSpec> switches = new ArrayList<>();
        Map<String, LabSpec.SwitchSpec> spares = new LinkedHashMap<>();
        for (Device d : site.devices().values()) {
            SwitchModel model = switchModel(site, d.model());
            SwitchPlatform platform = SwitchPlatform.of(d.platform().id());
            SwitchCredentials creds = secrets.resolve(d.credentials());
            RenderedConfig golden = renderer.render(site, d, false);
            int port = !freePorts && isLoopback(d.management().getHost()) && d.management().hasPort() ? d.management().getPort() : 0;
            switches.add(new LabSpec.SwitchSpec(d.name(), platform, model, d.serial().orElse(null), golden.xml(), creds,
                    platform.defaultFeatures(), port, false));
            for (int i = 1; i <= sparesPerModel; i++) {
                String name = "spare-" + model.name() + "-" + platform.id() + "-" + i;
                spares.putIfAbsent(name, LabSpec.SwitchSpec.spare(name, platform, model, creds));
            }
        }
        switches.addAll(spares.values());
        List<LabSpec.CableSpec> cables = new ArrayList<>();
        for (Link l : site.links()) {
            cables.add(LabSpec.CableSpec.parse(l.a().toString(), l.b().toString()));
        }
        return new LabSpec(labDir, switches, cables);
    }

    /**
     * Writes each switch's address and host key into the known_hosts files the site's devices name,
     * replacing older lines for the same addresses, so the controller's strict host key check passes.
     */
    public static void publishKnownHosts(Lab lab, Site site) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(lab.knownHosts(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) lines.put(line.substring(0, line.indexOf(' ')), line);
        }
        Set<Path> files = new LinkedHashSet<>();
        site.devices().values().forEach(d -> files.add(d.knownHosts()));
        for (Path file : files) {
            List<String> kept = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    if (space < 0 || !lines.containsKey(line.substring(0, space))) kept.add(line);
                }
            } else if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            kept.addAll(lines.values());
            Files.write(file, kept, StandardCharsets.UTF_8);
        }
    }

    /** The lab's hardware for the site's model {@code name}. */
    public static SwitchModel switchModel(Site site, String name) {
        HardwareModel hw = site.models().get(name);
        checkArgument(hw != null, "model %s is not defined in %s", name, site.file());
        return new SwitchModel(hw.name(), VENDOR, OS_VERSION, hw.ports());
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
