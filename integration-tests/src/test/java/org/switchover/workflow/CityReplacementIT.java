package org.switchover.workflow;

import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.access.NetconfDeviceAccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.demo.Demo;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.RunHistory;
import org.switchover.lab.config.XmlWriter;
import org.switchover.render.Renderer;
import org.switchover.verify.CheckScope;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;

/**
 * The city scenario end to end over real SSH against the lab, as the demo runs it: four core and
 * distribution switches fail, spares are racked, all four are replaced in service-priority order.
 */
class CityReplacementIT {

    @Test
    void fourFailedSwitchesAreReplacedInServicePriorityOrderAndTheSiteEndsAsIntended(@TempDir Path dir) throws Exception {
        Path city = LabSites.site("city");
        Renderer renderer = Renderer.builtIn();
        try (DemoLab lab = DemoLab.start(city, dir, Demo.spares(SiteLoader.defaults().loadOrThrow(city)), renderer)) {
            Site site = lab.site();
            Map<String, String> oldRunning = new LinkedHashMap<>();
            for (String d : Demo.FAILED) oldRunning.put(d, XmlWriter.write(lab.lab().get(d).store().running()));

            Demo.Result result = new Demo(new PrintWriter(System.out, true), Progress.silent()).run(lab, renderer, dir, Instant.now());

            assertThat(result.run().exitCode()).as(result.run().reason()).isZero();
            assertThat(result.ok()).isTrue();

            // every device, the four replaced ones on their spares, carries its golden config and state
            var access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(10), Duration.ofSeconds(30), Clock.systemUTC());
            TemplateGoldenConfigs golden = new TemplateGoldenConfigs(renderer);
            try (DriverPool pool = new DriverPool(site, access)) {
                for (int i = 0; i < Demo.FAILED.size(); i++) {
                    pool.redirect(Demo.FAILED.get(i), com.google.common.net.HostAndPort.fromString(lab.address("spare-" + (i + 1))), false);
                }
                for (String d : site.devices().keySet()) {
                    assertThat(pool.driver(d).compliance(golden.render(site, site.device(d))).changes()).as("drift on " + d).isEmpty();
                }
                ObservedState observed = new Observer(pool).observe(site.devices().keySet());
                assertThat(observed.devices()).hasSize(site.devices().size());
                assertThat(Verifier.verify(site, observed, CheckScope.wholeSite(site, observed))).isEmpty();
            }
            // every switch that was changed boots with what it was given: a reload of all of them changes nothing
            for (var sw : lab.lab().switches()) {
                if (!sw.powered()) continue;
                lab.lab().powerOff(sw.name());
                lab.lab().powerOn(sw.name());
            }
            try (DriverPool pool = new DriverPool(site, access)) {
                for (int i = 0; i < Demo.FAILED.size(); i++) {
                    pool.redirect(Demo.FAILED.get(i), com.google.common.net.HostAndPort.fromString(lab.address("spare-" + (i + 1))), false);
                }
                for (String d : site.devices().keySet()) {
                    assertThat(pool.driver(d).compliance(golden.render(site, site.device(d))).changes()).as("drift on " + d + " after a reload")
                            .isEmpty();
                }
            }
            for (int i = 0; i < Demo.FAILED.size(); i++) {
                String failed = Demo.FAILED.get(i);
                assertThat(lab.lab().get("spare-" + (i + 1)).hostname()).isEqualTo(failed);
                // the failed switches stayed off and were never touched
                assertThat(lab.lab().get(failed).powered()).isFalse();
                assertThat(XmlWriter.write(lab.lab().get(failed).store().running())).isEqualTo(oldRunning.get(failed));
            }

            try (Journal journal = Journal.open(dir.resolve("switchover.db"), Clock.systemUTC())) {
                RunHistory h = journal.history(result.run().runId()).orElseThrow();
                assertThat(h.run().outcome()).contains(Outcome.OK);
                assertThat(h.steps()).isNotEmpty().allSatisfy(s -> assertThat(s.outcome()).as(s.detail()).contains(Outcome.OK));
                assertThat(h.commits()).isNotEmpty().allSatisfy(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CONFIRMED));
                assertThat(journal.pendingCommits(result.run().runId())).isEmpty();
                assertThat(events(h, EventKind.DEVICE_REPLACED)).extracting(e -> e.device().orElseThrow())
                        .containsExactly("core-1", "dist-1", "dist-2", "dist-3");
                assertThat(events(h, EventKind.SERVICE_DOWN)).extracting(e -> e.service().orElseThrow())
                        .containsExactlyInAnyOrderElementsOf(site.services().keySet());
                assertThat(events(h, EventKind.SERVICE_RESTORED)).extracting(e -> e.service().orElseThrow())
                        .containsExactlyInAnyOrderElementsOf(site.services().keySet());
                assertThat(events(h, EventKind.WAVE_ROLLED_BACK)).isEmpty();
                assertThat(h.devices()).filteredOn(d -> d.newHardware()).extracting(d -> d.device() + "=" + d.serial())
                        .containsExactly("core-1=SPR-0001", "dist-1=SPR-0002", "dist-2=SPR-0003", "dist-3=SPR-0004");
                assertThat(h.diffs()).filteredOn(d -> d.label().contains("staged")).hasSize(4)
                        .allSatisfy(d -> assertThat(d.changes()).isZero());
                // multi-vendor: dist-1 is Junos (native confirmed commits, held on the session), dist-2 IOS-XE without candidate (emulated)
                assertThat(site.device("dist-1").platform()).isEqualTo(org.switchover.inventory.Platform.JUNOS);
                assertThat(site.device("dist-2").platform()).isEqualTo(org.switchover.inventory.Platform.IOSXE);
                assertThat(h.commits()).filteredOn(c -> c.device().equals("dist-1")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.mode()).isEqualTo(PendingCommit.Mode.NATIVE));
                assertThat(h.commits()).filteredOn(c -> c.device().equals("dist-2")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.mode()).isEqualTo(PendingCommit.Mode.EMULATED));
                assertThat(result.run().notes()).anySatisfy(n -> assertThat(n).contains("dist-2").contains("has no :candidate"));
                assertThat(lab.lab().get("spare-2").store().commitHistory()).extracting(e -> e.log())
                        .anyMatch(l -> l.startsWith("switchover confirm "));
                // the first service restored is a priority-1 service
                String first = events(h, EventKind.SERVICE_RESTORED).get(0).service().orElseThrow();
                assertThat(site.services().get(first).priority()).isEqualTo(1);
            }
        }
    }

    private static List<Event> events(RunHistory h, EventKind kind) {
        return h.events().stream().filter(e -> e.kind() == kind).toList();
    }
}
