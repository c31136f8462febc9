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
import org.switchover.inventory.Site;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.RunKind;
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
}
