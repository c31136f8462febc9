package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.plan.Plan;
import org.switchover.plan.PlanInput;
import org.switchover.plan.Planner;
import org.switchover.plan.Replacement;
import org.switchover.verify.SmallSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void anUnreadableNewSwitchIsABlockerAndADeviceError() {
        Plan plan = Planner.plan(PlanInput.of(SmallSite.site(), List.of(Replacement.parse("acc-1=127.0.0.1:2201"))));
        StringWriter text = new StringWriter();

        PlanCommand.print(plan, Map.of("acc-1", "could not read the new switch at 127.0.0.1:2201: SSH authentication failed"),
                new PrintWriter(text, true));

        assertThat(text.toString()).contains("BLOCKED acc-1 /: could not read the new switch at 127.0.0.1:2201: SSH authentication failed")
                .contains("the plan is blocked").doesNotContain("nothing blocks");
        assertThat(PlanCommand.exitCode(plan, Map.of("acc-1", "x"))).isEqualTo(Main.DEVICE_ERROR);
        assertThat(PlanCommand.exitCode(plan, Map.of())).isEqualTo(Main.OK);
    }

    @Test
    void cablingErrorsBlockThePlanAndWarningsAreOnlyShown() {
        Plan plan = Planner.plan(PlanInput.of(SmallSite.site(), List.of(Replacement.parse("acc-1=127.0.0.1:2201"))));
        var missing = org.switchover.verify.Finding.error(org.switchover.verify.Finding.Kind.LLDP_MISSING, "acc-1",
                "/state/lldp/neighbor[port=Eth49]", "dist-1:Eth1", null, "cabling: the new switch's Eth49 should face dist-1:Eth1");
        var shut = org.switchover.verify.Finding.warning(org.switchover.verify.Finding.Kind.LLDP_MISSING, "acc-1",
                "/state/lldp/neighbor[port=Eth49]", "dist-1:Eth1", null, "cannot be checked before its wave");
        StringWriter blocked = new StringWriter();
        StringWriter warned = new StringWriter();

        PlanCommand.print(plan, Map.of(), Map.of("acc-1", List.of(missing)), new PrintWriter(blocked, true));
        PlanCommand.print(plan, Map.of(), Map.of("acc-1", List.of(shut)), new PrintWriter(warned, true));

        assertThat(blocked.toString()).contains("BLOCKED acc-1 /state/lldp/neighbor[port=Eth49]: cabling: the new switch's Eth49")
                .contains("the plan is blocked");
        assertThat(warned.toString()).contains("WARNING acc-1 /state/lldp/neighbor[port=Eth49]: cannot be checked")
                .contains("nothing blocks this plan");
        assertThat(PlanCommand.exitCode(plan, Map.of(), Map.of("acc-1", List.of(missing)))).isEqualTo(Main.CHECKS_FAILED);
        assertThat(PlanCommand.exitCode(plan, Map.of(), Map.of("acc-1", List.of(shut)))).isEqualTo(Main.OK);
    }

    @Test
    void theDiffShownNeverCarriesSecretValuesInClear() {
        ConfigDiff diff = new ConfigDiff(List.of(
                new ConfigChange("/system/aaa/authentication/users/user[username=ops]/config/password", "$6$saltsalt$abcdefghijklmnop", "plain-secret-1"),
                new ConfigChange("/system/aaa/authentication/users/user[username=admin]", null,
                        "<user><username>admin</username><config><password-hashed>$6$pepper12$qrstuvwxyzABCDEF</password-hashed></config></user>"),
                new ConfigChange("/interfaces/interface[name=Ethernet1]/config/description", "old", "new")));
        Plan plan = Planner.plan(PlanInput.of(SmallSite.site(), List.of(Replacement.parse("acc-1=127.0.0.1:2201")))
                .withDiffs(Map.of("acc-1", diff)));
        StringWriter text = new StringWriter();

        PlanCommand.print(plan, Map.of(), new PrintWriter(text, true));

        assertThat(text.toString()).contains("config/password = (redacted)", "description = new")
                .doesNotContain("plain-secret-1", "$6$saltsalt", "$6$pepper12");
    }

    @Test
    void aNewSwitchThatCannotBeReadBlocksThePlanWithItsCause(@TempDir Path dir) throws Exception {
        // the city site with its secret and known_hosts in a folder of the test's own
        Files.writeString(dir.resolve("password"), "test-password\n");
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, Files.readString(RenderCommandTest.CITY)
                .replace("file:~/.switchover/lab/password", "file:" + dir.resolve("password"))
                .replace("~/.switchover/lab/known_hosts", dir.resolve("known_hosts").toString()));
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        int rc = run("plan", "--site", site.toString(), "--replace", "acc-5=127.0.0.1:" + closed);

        assertThat(rc).as(cli.out() + "\n" + cli.err()).isEqualTo(Main.DEVICE_ERROR);
        assertThat(cli.out()).contains("BLOCKED acc-5 /: could not read the new switch at 127.0.0.1:" + closed)
                .contains("the plan is blocked; nothing was changed")
                .doesNotContain("nothing blocks this plan");
    }
}
