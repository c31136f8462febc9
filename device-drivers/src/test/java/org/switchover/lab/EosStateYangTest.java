package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlWriter;

/**
 * What the lab's EOS personality serves to {@code <get>} (configuration and state, with a cabled
 * neighbour) is valid against the EOS 4.36.1F OpenConfig models with Arista's deviations, checked
 * by yanglint as a complete datastore: a reply that used a leaf Arista marks not-supported (such
 * as {@code switched-vlan/state}) would be refused.
 */
class EosStateYangTest {
    private static final List<String> MODULES = List.of("iana-if-type", "openconfig-system", "openconfig-interfaces",
            "openconfig-if-ethernet", "openconfig-vlan", "openconfig-lldp", "openconfig-network-instance", "openconfig-platform",
            "arista-intf-deviations", "arista-intf-augments", "arista-interfaces-notsupported-deviations", "arista-lldp-deviations",
            "arista-lldp-augments", "arista-lldp-notsupported-deviations", "arista-system-deviations", "arista-system-augments",
            "arista-vlan-deviations", "arista-vlan-augments", "arista-netinst-deviations", "arista-netinst-augments");

    @TempDir Path dir;

    @Test
    void servedStateOfTheEosPersonalityIsValidAgainstAristasModels() throws Exception {
        Optional<Path> yang = aristaModels();
        boolean yanglint = new ProcessBuilder("sh", "-c", "command -v yanglint").start().waitFor() == 0;
        if (yang.isEmpty() || !yanglint) {
            System.out.println("EosStateYangTest skipped: needs vendor/arista-eos-* under the YANG folder (-Dswitchover.yang.dir)"
                    + " and yanglint (apt-get install -y libyang2-tools)");
        }
        assumeTrue(yang.isPresent() && yanglint, "Arista models or yanglint missing");
        String config;
        try (InputStream in = EosStateYangTest.class.getResourceAsStream("/oc-switch.xml")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LabSpec spec = new LabSpec(dir.resolve("lab"), List.of(
                LabSpec.SwitchSpec.of("a", SwitchPlatform.EOS, LabFixtures.MODEL, config, LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("b", SwitchPlatform.EOS, LabFixtures.MODEL, LabFixtures.ocSwitch("peer", "Ethernet1"), LabFixtures.ADMIN)),
                List.of(LabSpec.CableSpec.parse("a:Ethernet1", "b:Ethernet1")));
        try (Lab lab = Lab.start(spec)) {
            for (String name : List.of("a", "b")) {
                XmlNode data = lab.get(name).operationalData();
                String xml = XmlWriter.writeAll(data.children());
                assertThat(xml).as("no switched-vlan/state on EOS").doesNotContain("<state><interface-mode>");
                Path file = Files.writeString(dir.resolve(name + ".xml"), xml);
                assertThat(yanglint(yang.get(), file)).as("yanglint on what EOS switch %s serves", name).isEmpty();
            }
            assertThat(XmlWriter.writeAll(lab.get("a").operationalData().children())).contains("<system-name>peer</system-name>");
        }
    }

    private static Optional<Path> aristaModels() throws Exception {
        Path vendor = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang")).resolve("vendor");
        if (!Files.isDirectory(vendor)) return Optional.empty();
        try (Stream<Path> dirs = Files.list(vendor)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("arista-eos-")).max(Comparator.naturalOrder());
        }
    }

    private static String yanglint(Path yang, Path data) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("yanglint", "-p", yang.toString(), "-i", "-i", "-t", "data"));
        try (var files = Files.list(yang)) {
            List<Path> all = files.toList();
            for (String m : MODULES) {
                cmd.add(all.stream().filter(p -> p.getFileName().toString().equals(m + ".yang")
                        || p.getFileName().toString().startsWith(m + "@")).findFirst().orElseThrow().toString());
            }
        }
        cmd.add(data.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? "" : out.lines().filter(l -> !l.contains("warn")).reduce("", (a, b) -> a + b + "\n");
    }
}
