package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Platform;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;

/** Every payload of the example sites, golden and staged, of every platform, must pass the real YANG models (the vendors' for vendor payloads). */
class YangValidationTest {

    @TempDir
    Path out;

    @Test
    void everyRenderOfTheExampleSitesIsValidAgainstTheYangModels() throws Exception {
        Path validator = validator();
        // generic payloads are validated as before (the set is picked from their namespaces); vendor
        // payloads against their vendor's models: EOS speaks openconfig namespaces, so it must be named
        Map<String, List<String>> filesByPlatform = new TreeMap<>();
        for (String siteName : List.of("minimal", "city", "cisco-branch", "branch", "arista-branch")) {
            Site site = SiteLoader.defaults().loadOrThrow(Path.of("sites", siteName, "site.yaml"));
            for (boolean staged : List.of(false, true)) {
                for (RenderedConfig c : Renderer.builtIn().renderAll(site, staged)) {
                    Path f = out.resolve(siteName + "-" + c.device() + (staged ? "-staged" : "") + ".xml");
                    Files.writeString(f, c.xml(), StandardCharsets.UTF_8);
                    Platform platform = site.device(c.device()).platform();
                    String key = platform == Platform.OPENCONFIG || platform == Platform.IETF ? "" : platform.id();
                    filesByPlatform.computeIfAbsent(key, k -> new ArrayList<>()).add(f.toString());
                }
            }
        }
        assertThat(filesByPlatform).as("the example sites have devices of every vendor platform")
                .containsKeys(Platform.EOS.id(), Platform.IOSXE.id(), Platform.JUNOS.id());
        // yanglint reloads the models for every file; two batches at once halve the wait on two cores
        int batches = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Process> running = new ArrayList<>();
        int total = 0;
        for (var e : filesByPlatform.entrySet()) {
            List<String> files = e.getValue();
            total += files.size();
            List<String> prefix = e.getKey().isEmpty() ? List.of(validator.toString())
                    : List.of(validator.toString(), "--platform", e.getKey());
            for (int b = 0; b < Math.min(batches, files.size()); b++) {
                List<String> batch = new ArrayList<>(prefix);
                for (int i = b; i < files.size(); i += batches) batch.add(files.get(i));
                running.add(new ProcessBuilder(batch).redirectErrorStream(true).start());
            }
        }
        StringBuilder output = new StringBuilder();
        for (Process p : running) {
            output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("yang-validate finished").isTrue();
            assertThat(p.exitValue()).as(output.toString()).isZero();
        }
        assertThat(output.toString()).doesNotContain("INVALID");
        assertThat(output.toString().lines().filter(l -> l.startsWith("valid")).count()).isEqualTo(total);
    }

    @Test
    void anEosPayloadOutsideAristasDeviationsIsRefusedByTheValidator() throws Exception {
        Path validator = validator();
        Site site = SiteLoader.defaults().loadOrThrow(Path.of("sites", "arista-branch", "site.yaml"));
        String xml = Renderer.builtIn().render(site, site.device("acc-1"), false).xml();
        // the openconfig identity form of a VLAN mode is not among Arista's enumeration values
        Path bad = Files.writeString(out.resolve("bad-mode.xml"), xml.replaceFirst("<interface-mode>ACCESS<",
                "<interface-mode>DOT1Q-TUNNEL-X<"), StandardCharsets.UTF_8);
        // the VLAN table outside the default instance breaks arista-netinst-deviations' must
        Path badInstance = Files.writeString(out.resolve("bad-instance.xml"), xml.replace("<name>default</name>", "<name>office</name>"),
                StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(validator.toString(), "--platform", "eos", bad.toString(), badInstance.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isNotZero();
        assertThat(output.lines().filter(l -> l.startsWith("INVALID")).count()).as(output).isEqualTo(2);
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
