package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;

/**
 * A link whose derived trunk carries no VLAN (both ends valid, no service's shortest path crosses
 * it): intent, template and the state each platform reads back agree, so a lab built exactly as
 * intended passes {@code verify} and {@code audit} on both platforms.
 */
class EmptyTrunkLabTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void anEmptyDerivedTrunkBetweenAnOpenconfigAndAnIetfSwitchIsNoDrift() throws Exception {
        // acc-1 (openconfig) and acc-2 (ietf) each hang off core-1; a cross-link between them is on no shortest path
        Path siteFile = dir.resolve("site.yaml");
        String minimal = Files.readString(Path.of("../templates/sites/minimal/site.yaml"));
        String withCrossLink = minimal.replace("  - { a: \"core-1:eth2\", b: \"acc-2:up1\" }",
                "  - { a: \"core-1:eth2\", b: \"acc-2:up1\" }\n  - { a: \"acc-1:up2\", b: \"acc-2:up2\" }");
        assertThat(withCrossLink).isNotEqualTo(minimal);
        Files.writeString(siteFile, withCrossLink);
        Site intent = SiteLoader.defaults().loadOrThrow(siteFile);
        for (String device : List.of("acc-1", "acc-2")) {
            Port up2 = intent.device(device).ports().get("up2");
            assertThat(up2.mode()).as(device).isEqualTo(Port.Mode.TRUNK);
            assertThat(up2.trunkVlans()).as(device).isEmpty();
        }

        try (DemoLab lab = DemoLab.start(siteFile, dir.resolve("lab"), List.of())) {
            String site = lab.siteFile().toString();

            int verify = cli.run("verify", "--site", site);
            assertThat(verify).as(cli.out() + cli.err()).isEqualTo(Main.OK);

            int audit = cli.run("audit", "--site", site, "--journal", dir.resolve("switchover.db").toString());
            assertThat(audit).as(cli.out() + cli.err()).isEqualTo(Main.OK);
        }
    }
}
