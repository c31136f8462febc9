package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import picocli.CommandLine;

/** The replacement commands as a user runs them (plan, replace, journal, report, verify), against the lab. */
class ReplaceCommandsIT {

    /** Output and exit code of one command. */
    record Ran(int exit, String out, String err) {}

    static Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Ran(exit, out.toString(), err.toString());
    }

    @Test
    void planThenReplaceThenVerifyWithTheSiteFileUpdated(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "edge-24")) {
            String site = r.lab.siteFile().toString();
            String replace = "acc-1=" + r.lab.address(AccessReplacement.SPARE);
            String journal = dir.resolve("cli.db").toString();
            String spareBefore = r.running(AccessReplacement.SPARE);

            Ran plan = run("plan", "--site", site, "--replace", replace);
            assertThat(plan.exit()).as(plan.out() + plan.err()).isZero();
            assertThat(plan.out()).contains("acc-1/wave-1/flip").contains("acc-1/wave-2/flip").contains("current config vs golden: ")
                    .contains("nothing was changed");
            assertThat(r.running(AccessReplacement.SPARE)).isEqualTo(spareBefore);

            Ran refused = run("replace", "--site", site, "--replace", replace, "--journal", journal);
            assertThat(refused.exit()).isEqualTo(Main.BAD_INPUT);
            assertThat(refused.err()).contains("nothing done");

            Ran badName = run("replace", "--site", site, "--replace", "acc-9=127.0.0.1:1", "--yes", "--journal", journal);
            assertThat(badName.exit()).isEqualTo(Main.BAD_INPUT);
            assertThat(badName.err()).contains("no device 'acc-9'");

            Ran replaced = run("replace", "--site", site, "--replace", replace, "--yes", "--json", "--update-site", "--journal", journal);
            assertThat(replaced.exit()).as(replaced.out() + replaced.err()).isZero();
            assertThat(replaced.out().lines().filter(l -> l.startsWith("{"))).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).matches("\\{\"at\":\".*\",\"device\":\".*\",\"step\":\".*\",\"status\":\"[a-z_]+\",\"message\":.*}"));
            assertThat(Files.readString(r.lab.siteFile())).contains("management: " + r.lab.address(AccessReplacement.SPARE))
                    .contains("serial: " + "SPR-0001");
            assertThat(r.goldenDiff("acc-1").changes()).isEmpty();

            Ran listing = run("journal", "--journal", journal);
            assertThat(listing.exit()).isZero();
            Ran report = run("report", "1", "--format", "md", "--journal", journal);
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(report.out()).contains("acc-1").contains("SPR-0001");

            Ran verify = run("verify", "--site", site);
            assertThat(verify.exit()).as(verify.out()).isZero();
            assertThat(verify.out()).contains("3 of 3 devices answered; 0 errors");
        }
    }

    @Test
    void planRefusesTheWrongModelWithExitOne(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "core-32")) {
            Ran plan = run("plan", "--site", r.lab.siteFile().toString(), "--replace", "acc-1=" + r.lab.address(AccessReplacement.SPARE));
            assertThat(plan.exit()).isEqualTo(Main.CHECKS_FAILED);
            assertThat(plan.out()).contains("BLOCKED").contains("reports model 'core-32'").contains("the plan is blocked");
        }
    }
}
