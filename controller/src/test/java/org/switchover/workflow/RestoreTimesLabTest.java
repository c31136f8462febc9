package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.HostAndPort;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Platform;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.NetconfDeviceAccess;

/**
 * Restore times over the whole site, against a lab: two switches replaced in one run, an access
 * switch (acc-2, cameras) hanging off the second one alone. Its service is restored only once the
 * wave that enables the port it hangs off is confirmed, never at an earlier wave.
 */
class RestoreTimesLabTest {

    private static final Path SITE = Path.of("src/test/resources/sites/two-branches.yaml");

    @TempDir
    Path dir;

    @Test
    void aServiceBehindTheSecondReplacedSwitchIsRestoredOnlyByTheWaveThatEnablesItsPort() throws Exception {
        List<DemoLab.Spare> spares = List.of(new DemoLab.Spare("spare-1", "edge-24", Platform.OPENCONFIG),
                new DemoLab.Spare("spare-2", "edge-24", Platform.OPENCONFIG));
        Clock clock = Clock.systemUTC();
        NetconfDeviceAccess access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(5), Duration.ofSeconds(30), clock);
        try (DemoLab lab = DemoLab.start(SITE, dir.resolve("lab"), spares);
                Journal journal = Journal.open(dir.resolve("switchover.db"), clock)) {
            List<String> failed = List.of("dist-1", "dist-2");
            var failedAt = clock.instant();
            failed.forEach(lab::powerOff);
            // nobody shuts the neighbour ports facing them: acc-2's cable comes up with dist-2's staged
            // config, yet the wave that enables and confirms that port has not run
            lab.rack("spare-1", "dist-1");
            lab.rack("spare-2", "dist-2");
            List<Replacement> reps = List.of(new Replacement("dist-1", HostAndPort.fromString(lab.address("spare-1"))),
                    new Replacement("dist-2", HostAndPort.fromString(lab.address("spare-2"))));
            ReplaceRequest request = new ReplaceRequest(lab.siteFile(), reps,
                    RunSettings.defaults().withCheckTimeout(Duration.ofSeconds(15)));

            RunResult result = new ReplaceWorkflow(journal, access, new TemplateGoldenConfigs(Renderer.builtIn()),
                    Progress.silent(), clock, Poll.system(clock)).replace(lab.site(), request, failedAt);

            List<Event> events = journal.events(result.runId());
            StringWriter timeline = new StringWriter();
            events.forEach(e -> new PrintWriter(timeline, true).println(e.kind() + " " + e.device().orElse("") + " "
                    + e.service().orElse("") + " " + e.message()));
            assertThat(result.exitCode()).as(result.reason() + "\n" + timeline).isZero();
            int cameraPortConfirmed = indexOf(events, e -> e.kind() == EventKind.WAVE_CONFIRMED
                    && e.device().orElse("").equals("dist-2") && e.message().contains("[cctv]"));
            int cctvRestored = indexOf(events, e -> e.kind() == EventKind.SERVICE_RESTORED && e.service().orElse("").equals("cctv"));
            assertThat(cameraPortConfirmed).as(timeline.toString()).isNotNegative();
            assertThat(cctvRestored).as(timeline.toString()).isGreaterThan(cameraPortConfirmed);
        }
    }

    private static int indexOf(List<Event> events, java.util.function.Predicate<Event> p) {
        for (int i = 0; i < events.size(); i++) if (p.test(events.get(i))) return i;
        return -1;
    }
}
