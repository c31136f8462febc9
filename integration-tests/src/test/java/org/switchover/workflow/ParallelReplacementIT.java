package org.switchover.workflow;

import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.access.NetconfDeviceAccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunHistory;
import org.switchover.journal.Step;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;

/** Two independent access switches of the city site replaced side by side with {@code --parallel 2}. */
class ParallelReplacementIT {

    @Test
    void independentReplacementsRunSideBySideAndBothEndGolden(@TempDir Path dir) throws Exception {
        Path city = LabSites.site("city");
        Site original = SiteLoader.defaults().loadOrThrow(city);
        List<String> failed = List.of("acc-1", "acc-7");
        List<DemoLab.Spare> spares = failed.stream()
                .map(d -> new DemoLab.Spare("spare-" + d, original.device(d).model(), original.device(d).platform())).toList();
        Renderer renderer = Renderer.builtIn();
        try (DemoLab lab = DemoLab.start(city, dir, spares, renderer);
                Journal journal = Journal.open(dir.resolve("switchover.db"), Clock.systemUTC())) {
            Site site = lab.site();
            var access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(10), Duration.ofSeconds(30), Clock.systemUTC());
            failed.forEach(lab::powerOff);
            lab.shutPortsFacing(failed, access);
            failed.forEach(d -> lab.rack("spare-" + d, d));
            List<Replacement> reps = failed.stream()
                    .map(d -> new Replacement(d, HostAndPort.fromString(lab.address("spare-" + d)))).toList();
            TemplateGoldenConfigs golden = new TemplateGoldenConfigs(renderer);
            ReplaceWorkflow workflow = new ReplaceWorkflow(journal, access, golden, Progress.silent(), Clock.systemUTC(),
                    Poll.system(Clock.systemUTC()));

            RunResult result = workflow.replace(site, new ReplaceRequest(lab.siteFile(), reps,
                    RunSettings.defaults().withParallel(2).withCheckTimeout(Duration.ofSeconds(10))), Instant.now());

            assertThat(result.exitCode()).as(result.reason()).isZero();
            try (DriverPool pool = new DriverPool(site, access)) {
                reps.forEach(r -> pool.redirect(r.oldDevice(), r.newAddress(), false));
                for (Device d : site.devices().values()) {
                    if (lab.lab().get(d.name()).powered() || failed.contains(d.name())) {
                        assertThat(pool.driver(d.name()).compliance(golden.render(site, d)).changes()).as("drift on " + d.name()).isEmpty();
                    }
                }
            }
            RunHistory h = journal.history(result.runId()).orElseThrow();
            assertThat(h.run().outcome()).contains(Outcome.OK);
            // side by side: each replacement started before the other finished
            Instant acc1Start = first(h, "acc-1/pre-check").started();
            Instant acc7Start = first(h, "acc-7/pre-check").started();
            Instant acc1End = first(h, "acc-1/record").finished().orElseThrow();
            Instant acc7End = first(h, "acc-7/record").finished().orElseThrow();
            assertThat(acc1Start).isBefore(acc7End);
            assertThat(acc7Start).isBefore(acc1End);
            assertThat(journal.pendingCommits(result.runId())).isEmpty();
        }
    }

    private static Step first(RunHistory h, String stepId) {
        return h.steps().stream().filter(s -> s.detail().startsWith(stepId + ":")).findFirst().orElseThrow();
    }
}
