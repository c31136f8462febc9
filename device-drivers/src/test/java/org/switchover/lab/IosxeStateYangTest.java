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
 * What an iosxe lab switch serves to {@code <get>} (its Cisco-IOS-XE-native running configuration,
 * with the unmanaged management configuration every lab Catalyst starts with, and the interfaces, LLDP and VLAN oper data derived from it and the cabling) is valid against
 * Cisco's IOS XE 26.1.1 models, checked by yanglint as a complete datastore with the features a
 * Catalyst 9000 announces. Left out: device-hardware-data and modules-state, whose modules
 * (Cisco-IOS-XE-device-hardware-oper, ietf-yang-library) are not in the shared vendor folder.
 */
class IosxeStateYangTest {
    private static final List<String> MODULES = List.of("Cisco-IOS-XE-features", "Cisco-IOS-XE-native", "Cisco-IOS-XE-switch",
            "Cisco-IOS-XE-vlan", "Cisco-IOS-XE-lldp", "Cisco-IOS-XE-vtp", "Cisco-IOS-XE-interfaces-oper", "Cisco-IOS-XE-lldp-oper",
            "Cisco-IOS-XE-vlan-oper");
    private static final SwitchModel CATALYST = new SwitchModel("C9300-8T", "Cisco", "17.12.4",
            List.of("GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "GigabitEthernet1/0/3", "GigabitEthernet1/0/4",
                    "TenGigabitEthernet1/1/1", "TenGigabitEthernet1/1/2"));

    @TempDir Path dir;

    @Test
    void servedConfigurationAndStateAreValidAgainstCiscosModels() throws Exception {
        Path vendor = vendorFolder();
        String config = resource("iosxe-switch.xml");
        LabSpec spec = new LabSpec(dir.resolve("lab"), List.of(
                LabSpec.SwitchSpec.of("acc-1", SwitchPlatform.IOSXE, CATALYST, config.formatted("acc-1"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("acc-2", SwitchPlatform.IOSXE, CATALYST, config.formatted("acc-2"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.spare("spare", SwitchPlatform.IOSXE, CATALYST, LabFixtures.ADMIN)),
                List.of(LabSpec.CableSpec.parse("acc-1:TenGigabitEthernet1/1/1", "acc-2:TenGigabitEthernet1/1/1"),
                        LabSpec.CableSpec.parse("acc-1:GigabitEthernet1/0/1", "acc-2:GigabitEthernet1/0/1")));
        try (Lab lab = Lab.start(spec)) {
            List<Path> files = new ArrayList<>();
            for (String name : List.of("acc-1", "acc-2", "spare")) {
                XmlNode data = lab.get(name).operationalData();
                assertThat(data.children()).extracting(XmlNode::name)
                        .contains("interfaces", "vlans", "device-hardware-data", "modules-state");
                if (!name.equals("spare")) assertThat(data.children()).extracting(XmlNode::name).contains("native", "lldp-entries");
                List<XmlNode> top = data.children().stream()
                        .filter(n -> !n.name().equals("device-hardware-data") && !n.name().equals("modules-state")).toList();
                files.add(Files.writeString(dir.resolve(name + ".xml"), XmlWriter.writeAll(top)));
            }
            assertThat(Files.readString(files.get(2))).as("the management configuration every IOS-XE lab switch starts with")
                    .contains("<username>", "<forwarding>Mgmt-vrf</forwarding>", "<ssh-version>2</ssh-version>");
            // acc-2 serves what acc-1 does, mirrored; checking acc-1 and the spare covers every shape at half the cost
            for (Path file : List.of(files.get(0), files.get(2))) {
                assertThat(yanglint(vendor, file)).as("yanglint on what %s serves:\n%s", file.getFileName(), Files.readString(file)).isEmpty();
            }
        }
    }

    /** The Cisco folder under the shared YANG folder; skips the test, saying why, when it or yanglint is missing. */
    private static Path vendorFolder() throws Exception {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        Path vendor = null;
        if (Files.isDirectory(yang.resolve("vendor"))) {
            try (var dirs = Files.list(yang.resolve("vendor"))) {
                vendor = dirs.filter(d -> d.getFileName().toString().startsWith("cisco-iosxe-")).sorted().reduce((a, b) -> b).orElse(null);
            }
        }
        boolean yanglint = new ProcessBuilder("sh", "-c", "command -v yanglint").start().waitFor() == 0;
        if (vendor == null || !yanglint) {
            System.out.println("IosxeStateYangTest skipped: needs " + yang.toAbsolutePath().resolve("vendor/cisco-iosxe-*")
                    + " (-Dswitchover.yang.dir) and yanglint (apt-get install -y libyang2-tools)");
        }
        assumeTrue(vendor != null && yanglint, "Cisco YANG folder or yanglint missing");
        return vendor;
    }

    /** yanglint's complaints about {@code data}, empty when valid; imported modules are made implemented only when a must needs them. */
    private static String yanglint(Path vendor, Path data) throws Exception {
        String out = yanglint(vendor, data, false);
        return out.contains("non-implemented module") ? yanglint(vendor, data, true) : out;
    }

    private static String yanglint(Path vendor, Path data, boolean implementImports) throws Exception {
        String features = Files.readString(vendor.resolve("cat9k-features.txt")).trim();
        List<String> cmd = new ArrayList<>(List.of("yanglint", "-p", vendor.toString()));
        if (implementImports) cmd.add("-i");
        cmd.addAll(List.of("-F", "Cisco-IOS-XE-features:" + features, "-t", "data"));
        for (String m : MODULES) cmd.add(vendor.resolve(m + ".yang").toString());
        cmd.add(data.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? "" : out.lines().filter(l -> !l.contains("warn")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IosxeStateYangTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
