package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.RunKind;
import org.switchover.plan.FlipWave;
import org.switchover.verify.ObservedState;
import org.switchover.verify.SmallSite;

class ServiceTimelineTest {

    @TempDir
    Path dir;

    private final Site site = SmallSite.site();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aServiceWhoseGatewayDoesNotAnswerIsNeverReportedRestored() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), clock)) {
            long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
            // core-1 (a gateway) does not answer and is not being replaced
            ServiceTimeline timeline = new ServiceTimeline(site, journal, run, Set.of("core-1"));
            ObservedState healthy = SmallSite.healthy(site);
            timeline.recordDown(SmallSite.without(SmallSite.without(healthy, "acc-1"), "core-1"), clock.instant());
            assertThat(timeline.stillDown()).isNotEmpty();

            Set<String> restored = timeline.recordRestored(SmallSite.without(healthy, "core-1"));

            assertThat(restored).isEmpty();
            assertThat(timeline.stillDown()).isNotEmpty();
            assertThat(journal.events(run)).noneMatch(e -> e.kind() == EventKind.SERVICE_RESTORED);
        }
    }

    @Test
    void aServiceSeenWholeOnEveryDeviceIsRestored() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), clock)) {
            long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
            ServiceTimeline timeline = new ServiceTimeline(site, journal, run, Set.of());
            ObservedState healthy = SmallSite.healthy(site);
            timeline.recordDown(SmallSite.without(healthy, "acc-1"), clock.instant());
            Set<String> down = timeline.stillDown();
            assertThat(down).isNotEmpty();

            assertThat(timeline.recordRestored(healthy)).isEqualTo(down);
            assertThat(timeline.stillDown()).isEmpty();
        }
    }

    @Test
    void aServiceBehindAPortAWaveStillHasToConfirmIsNotRestoredBeforeThatWave() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), clock)) {
            long run = journal.startRun(RunKind.REPLACE, "site.yaml", List.of());
            // acc-3 (finance only) hangs off dist-2:Eth2, which a later wave of the run enables
            FlipWave later = new FlipWave(2, 2, List.of("finance"),
                    java.util.Map.of("dist-2", Set.of("Eth2"), "acc-3", Set.of("Eth49")), Set.of());
            ServiceTimeline timeline = new ServiceTimeline(site, journal, run, Set.of(),
                    Set.of(new Link.Endpoint("dist-2", "Eth2"), new Link.Endpoint("acc-3", "Eth49")));
            ObservedState healthy = SmallSite.healthy(site);
            timeline.recordDown(SmallSite.without(healthy, "dist-2"), clock.instant());
            assertThat(timeline.stillDown()).contains("finance", "public");

            // the device already carries everything, but dist-2:Eth2's wave is not confirmed
            assertThat(timeline.recordRestored(healthy)).contains("public").doesNotContain("finance");

            timeline.waveConfirmed(later);
            assertThat(timeline.recordRestored(healthy)).containsExactly("finance");
            assertThat(timeline.stillDown()).isEmpty();
        }
    }
}
