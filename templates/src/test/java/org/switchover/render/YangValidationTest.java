package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;

/** Every payload of the example sites, golden and staged, of every platform, must pass the real YANG models (the vendors' for vendor payloads). */
class YangValidationTest {

    @TempDir
    Path out;

    @Test
    void everyRenderOfBothExampleSitesIsValidAgainstTheYangModels() throws Exception {
        Path validator = validator();
        List<String> command = new ArrayList<>(List.of(validator.toString()));
        for (String siteName : List.of("minimal", "city", "cisco-branch", "branch")) {
            Site site = SiteLoader.defaults().loadOrThrow(Path.of("sites", siteName, "site.yaml"));
            for (boolean staged : List.of(false, true)) {
                for (RenderedConfig c : Renderer.builtIn().renderAll(site, staged)) {
                    Path f = out.resolve(siteName + "-" + c.device() + (staged ? "-staged" : "") + ".xml");
                    Files.writeString(f, c.xml(), StandardCharsets.UTF_8);
                    command.add(f.toString());
                }
            }
        }
        List<String> files = command.subList(1, command.size());
        // yanglint reloads the models for every file; two batches at once halve the wait on two cores
        int batches = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Process> running = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<String> batch = new ArrayList<>(List.of(validator.toString()));
            for (int i = b; i < files.size(); i += batches) batch.add(files.get(i));
            running.add(new ProcessBuilder(batch).redirectErrorStream(true).start());
        }
        StringBuilder output = new StringBuilder();
        for (Process p : running) {
            output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("yang-validate finished").isTrue();
            assertThat(p.exitValue()).as(output.toString()).isZero();
        }
        assertThat(output.toString()).doesNotContain("INVALID");
        assertThat(output.toString().lines().filter(l -> l.startsWith("valid")).count()).isEqualTo(files.size());
        assertThat(files).as("IOS-XE payloads among those validated").anyMatch(f -> f.startsWith(out.resolve("cisco-branch-").toString()));
    }

    /** The shared validator next to the YANG folder; skips the test, saying why, when either is missing. */
    static Path validator() throws IOException {
        String dir = System.getProperty("switchover.yang.dir", "../shared/yang");
        Path yang = Path.of(dir);
        Path script = yang.resolveSibling("tools").resolve("yang-validate");
        boolean present = Files.isDirectory(yang) && Files.isExecutable(script);
        if (!present) {
            System.out.println("YangValidationTest skipped: no YANG models at " + yang.toAbsolutePath()
                    + " (set -Dswitchover.yang.dir=PATH to the folder of YANG modules with tools/yang-validate beside it)");
        }
        assumeTrue(present, "no YANG models at " + yang.toAbsolutePath());
        return script;
    }
}
