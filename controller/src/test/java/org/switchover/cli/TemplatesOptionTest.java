package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Platform;

/**
 * {@code --templates} reaches every command that renders: what an engineer reviews with
 * {@code render --templates} is what {@code plan} and {@code audit} compare with, against a real lab.
 */
class TemplatesOptionTest {

    private static final Path MINIMAL = Path.of("../templates/sites/minimal/site.yaml");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** An override of the openconfig macros that describes every port differently. */
    private Path reviewedTemplates() throws Exception {
        Path templates = dir.resolve("reviewed");
        Files.createDirectories(templates.resolve("openconfig"));
        String builtIn = Files.readString(Path.of("../templates/src/main/resources/templates/openconfig/macros.j2"));
        String changed = builtIn.replace("<description>{{ port.description|e }}</description>",
                "<description>reviewed {{ port.description|e }}</description>");
        assertThat(changed).isNotEqualTo(builtIn);
        Files.writeString(templates.resolve("openconfig/macros.j2"), changed);
        return templates;
    }

    @Test
    void planAndAuditCompareWithTheTemplatesGiven() throws Exception {
        Path templates = reviewedTemplates();
        try (DemoLab lab = DemoLab.start(MINIMAL, dir.resolve("lab"),
                List.of(new DemoLab.Spare("spare-1", "edge-24", Platform.OPENCONFIG)))) {
            String site = lab.siteFile().toString();
            String journal = dir.resolve("switchover.db").toString();

            assertThat(cli.run("audit", "--site", site, "--device", "acc-1", "--journal", journal, "--format", "json"))
                    .as(cli.err()).isEqualTo(Main.OK);
            int drift = cli.run("audit", "--site", site, "--device", "acc-1", "--journal", journal, "--format", "json",
                    "--templates", templates.toString());
            assertThat(drift).as(cli.err()).isEqualTo(Main.CHECKS_FAILED);
            assertThat(cli.out()).contains("reviewed Office desk");

            cli.run("plan", "--site", site, "--replace", "acc-1=" + lab.address("spare-1"), "--trust-new-host-keys",
                    "--templates", templates.toString());
            assertThat(cli.out()).as(cli.err()).contains("/interfaces/interface[name=eth1]/config/description = reviewed Office desk");
        }
    }

    @Test
    void aTemplatesFolderThatDoesNotExistIsBadInputNeverTheBuiltIns() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        for (String[] args : List.of(
                new String[] {"plan", "--site", MINIMAL.toString(), "--replace", "acc-1=127.0.0.1:1"},
                new String[] {"replace", "--site", MINIMAL.toString(), "--replace", "acc-1=127.0.0.1:1", "--yes",
                        "--journal", dir.resolve("j.db").toString()},
                new String[] {"audit", "--site", MINIMAL.toString(), "--journal", dir.resolve("j.db").toString()},
                new String[] {"render", "--site", MINIMAL.toString()},
                new String[] {"lab", "up", "--site", MINIMAL.toString(), "--dir", dir.resolve("lab").toString()})) {
            cli.clearErr();
            List<String> line = new java.util.ArrayList<>(List.of(args));
            line.addAll(List.of("--templates", missing.toString()));

            int rc = cli.run(line.toArray(String[]::new));

            assertThat(rc).as(String.join(" ", line) + "\n" + cli.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(cli.err()).as(String.join(" ", line)).contains("--templates " + missing + ": no such folder");
        }
    }
}
