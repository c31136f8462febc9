package org.switchover.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.Lab;
import org.switchover.render.Renderer;

class LabSiteFileTest {

    @TempDir
    Path dir;

    /** The minimal example site, with its secret and known_hosts in the test's own folder. */
    private Path siteFile() throws Exception {
        Files.writeString(dir.resolve("password"), "lab-secret\n");
        String text = Files.readString(Path.of("../templates/sites/minimal/site.yaml"))
                .replace("file:~/.switchover/lab/password", "file:" + dir.resolve("password"))
                .replace("~/.switchover/lab/known_hosts", dir.resolve("known_hosts").toString());
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aCopyWithTheLabsAddressesReachesTheLabAndKeepsTheRestAsWritten() throws Exception {
        Path file = siteFile();
        Site site = SiteLoader.defaults().loadOrThrow(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try (Lab lab = Lab.start(SiteLab.spec(site, Renderer.builtIn(), dir.resolve("lab"), new LabSecrets(Map.of()), 0, true))) {
            List<String> copy = LabSiteFile.withLabAddresses(lines, lab, site.devices().keySet());

            assertThat(copy).hasSameSizeAs(lines);
            Path copyFile = dir.resolve("site.lab.yaml");
            Files.write(copyFile, copy, StandardCharsets.UTF_8);
            Site reached = SiteLoader.defaults().loadOrThrow(copyFile);
            site.devices().keySet().forEach(name -> {
                assertThat(reached.devices().get(name).management().getPort()).isEqualTo(lab.get(name).port());
                assertThat(reached.devices().get(name).credentials()).isEqualTo(site.devices().get(name).credentials());
                assertThat(reached.devices().get(name).knownHosts()).isEqualTo(site.devices().get(name).knownHosts());
            });
            // everything but the management lines is the original text, comments included
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).trim().startsWith("management:")) assertThat(copy.get(i)).isEqualTo(lines.get(i));
            }
        }
    }

    @Test
    void quotedDeviceNamesGetTheirOwnSwitchsAddress() throws Exception {
        // YAML lets a key be quoted; the management line under it is still that device's
        Path file = siteFile();
        Files.writeString(file, Files.readString(file).replace("  acc-1:\n", "  \"acc-1\":\n").replace("  acc-2:\n", "  'acc-2':\n"));
        Site site = SiteLoader.defaults().loadOrThrow(file);
        try (Lab lab = Lab.start(SiteLab.spec(site, Renderer.builtIn(), dir.resolve("lab"), new LabSecrets(Map.of()), 0, true))) {
            Path copyFile = dir.resolve("site.lab.yaml");
            Files.write(copyFile, LabSiteFile.withLabAddresses(Files.readAllLines(file, StandardCharsets.UTF_8), lab, site.devices().keySet()),
                    StandardCharsets.UTF_8);
            Site reached = SiteLoader.defaults().loadOrThrow(copyFile);
            assertThat(site.devices().keySet()).containsExactly("core-1", "acc-1", "acc-2");
            site.devices().keySet().forEach(name -> assertThat(reached.devices().get(name).management().getPort()).as(name)
                    .isEqualTo(lab.get(name).port()));
        }
    }

    @Test
    void theDemosCopyAlsoPointsSecretsAndKnownHostsAtTheLab() throws Exception {
        Path file = siteFile();
        Site site = SiteLoader.defaults().loadOrThrow(file);
        Path labPassword = dir.resolve("lab-password");
        Files.writeString(labPassword, "other\n");
        try (Lab lab = Lab.start(SiteLab.spec(site, Renderer.builtIn(), dir.resolve("lab"), new LabSecrets(Map.of()), 0, true))) {
            List<String> copy = LabSiteFile.pointAt(Files.readAllLines(file, StandardCharsets.UTF_8), lab, site.devices().keySet(),
                    labPassword, lab.knownHosts());

            assertThat(copy).anySatisfy(l -> assertThat(l).contains("secret: file:" + labPassword.toAbsolutePath()));
            assertThat(copy).anySatisfy(l -> assertThat(l).contains("known_hosts: " + lab.knownHosts().toAbsolutePath()));
            assertThat(String.join("\n", copy)).doesNotContain("file:" + dir.resolve("password") + "\n");
        }
    }
}
