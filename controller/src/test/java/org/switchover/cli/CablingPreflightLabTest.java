package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Platform;
import org.switchover.journal.Journal;

/**
 * The pre-flight cabling check against a lab: a spare whose cables were not moved yet blocks
 * {@code plan}, naming its port, and {@code replace} stops before pushing anything; once racked,
 * nothing blocks.
 */
class CablingPreflightLabTest {

    private static final Path MINIMAL = Path.of("../templates/sites/minimal/site.yaml");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void aSpareWhoseCablesWereNotMovedBlocksThePlanAndTheReplacementPushesNothing() throws Exception {
        try (DemoLab lab = DemoLab.start(MINIMAL, dir.resolve("lab"), List.of(new DemoLab.Spare("spare-1", "edge-24", Platform.OPENCONFIG)))) {
            lab.powerOff("acc-1");
            String site = lab.siteFile().toString();
            String replace = "acc-1=" + lab.address("spare-1");
            String spareBefore = org.switchover.lab.config.XmlWriter.write(lab.lab().get("spare-1").store().running());

            int plan = cli.run("plan", "--site", site, "--replace", replace, "--trust-new-host-keys");

            assertThat(plan).as(cli.out() + cli.err()).isEqualTo(Main.CHECKS_FAILED);
            assertThat(cli.out()).contains("BLOCKED acc-1 /state/lldp/neighbor[port=up1]: cabling: the new switch's up1 should face core-1:eth1")
                    .contains("the plan is blocked");

            Path journalFile = dir.resolve("switchover.db");
            int replaced = cli.run("replace", "--site", site, "--replace", replace, "--yes", "--trust-new-host-keys",
                    "--journal", journalFile.toString());

            assertThat(replaced).as(cli.out() + cli.err()).isEqualTo(Main.CHECKS_FAILED);
            assertThat(cli.err()).contains("should face core-1:eth1");
            assertThat(org.switchover.lab.config.XmlWriter.write(lab.lab().get("spare-1").store().running())).isEqualTo(spareBefore);
            try (Journal journal = Journal.open(journalFile, Clock.systemUTC())) {
                long run = journal.runs(1).get(0).id();
                assertThat(journal.history(run).orElseThrow().commits()).isEmpty();
                assertThat(journal.checks(run)).anySatisfy(c -> {
                    assertThat(c.check()).isEqualTo("cabling");
                    assertThat(c.passed()).isFalse();
                });
            }

            lab.rack("spare-1", "acc-1");
            cli.run("plan", "--site", site, "--replace", replace, "--trust-new-host-keys");
            assertThat(cli.out()).endsWith("nothing blocks this plan; nothing was changed" + System.lineSeparator());
        }
    }
}
