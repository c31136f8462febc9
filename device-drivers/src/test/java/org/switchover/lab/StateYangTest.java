package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlWriter;

/**
 * What the lab serves to {@code <get>} (configuration and state) is valid against the real YANG
 * models, checked by yanglint as a complete datastore. ietf-hardware and ietf-yang-library are left
 * out: their modules are not in the shared YANG folder.
 */
class StateYangTest {
    private static final List<String> MODULES = List.of("openconfig-system", "openconfig-interfaces", "openconfig-if-ethernet",
            "openconfig-vlan", "openconfig-lldp", "openconfig-platform", "openconfig-platform-types", "openconfig-network-instance",
            "openconfig-network-instance-types", "iana-if-type", "ietf-system", "ietf-interfaces", "ieee802-dot1q-bridge",
            "ieee802-dot1ab-lldp");

    @TempDir Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = StateYangTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servedStateOfBothPlatformsIsValidYangData() throws Exception {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        boolean yanglint = new ProcessBuilder("sh", "-c", "command -v yanglint").start().waitFor() == 0;
        if (!Files.isDirectory(yang) || !yanglint) {
            System.out.println("StateYangTest skipped: needs the YANG folder " + yang.toAbsolutePath()
                    + " (-Dswitchover.yang.dir) and yanglint (apt-get install -y libyang2-tools)");
        }
        assumeTrue(Files.isDirectory(yang) && yanglint, "YANG folder or yanglint missing");
        LabSpec spec = new LabSpec(dir.resolve("lab"), List.of(
                LabSpec.SwitchSpec.of("a", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL, resource("oc-switch.xml"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("b", SwitchPlatform.IETF, LabFixtures.MODEL, resource("ietf-switch.xml"), LabFixtures.ADMIN)),
                List.of(LabSpec.CableSpec.parse("a:Ethernet1", "b:Ethernet1")));
        try (Lab lab = Lab.start(spec)) {
            for (String name : List.of("a", "b")) {
                List<XmlNode> top = lab.get(name).operationalData().children().stream()
                        .filter(n -> !n.name().equals("hardware") && !n.name().equals("modules-state")).toList();
                Path file = Files.writeString(dir.resolve(name + ".xml"), XmlWriter.writeAll(top));
                assertThat(yanglint(yang, file)).as("yanglint on what switch %s serves", name).isEmpty();
            }
        }
    }

    private static String yanglint(Path yang, Path data) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("yanglint", "-p", yang.toString(), "-i", "-t", "data"));
        try (var files = Files.list(yang)) {
            List<Path> all = files.toList();
            for (String m : MODULES) {
                cmd.add(all.stream().filter(p -> p.getFileName().toString().startsWith(m + "@")).findFirst().orElseThrow().toString());
            }
        }
        cmd.add(data.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? "" : out.lines().filter(l -> !l.contains("warn")).reduce("", (a, b) -> a + b + "\n");
    }
}
