package org.switchover.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;
import org.switchover.status.JournalStatusSource.RunChoice;

/** The page follows the run another connection writes, from a journal it only reads. */
class JournalStatusSourceTest {

    @TempDir
    Path dir;

    @Test
    void followsTheFirstReplacementAfterTheLastRunItKnewAndSeesEachEventAsWritten() {
        Path file = dir.resolve("switchover.db");
        Clock clock = Clock.systemUTC();
        try (JournalStatusSource source = new JournalStatusSource(file, RunChoice.firstAfter(0), Optional.empty(), clock)) {
            // no journal yet: waiting, and nothing created
            assertThat(source.read().run()).isEmpty();
            assertThat(file).doesNotExist();
            try (Journal writer = Journal.open(file, clock)) {
                long audit = writer.startRun(RunKind.AUDIT, "site.yaml", List.of());
                writer.finishRun(audit, Outcome.OK, "");
                assertThat(source.read().run()).as("an audit is not followed").isEmpty();

                long run = writer.startRun(RunKind.REPLACE, "gone/site.yaml", List.of("--site", "gone/site.yaml"));
                writer.event(run, EventKind.SERVICE_DOWN, null, "cctv", "core-1 failed");
                StatusSnapshot first = source.read();
                assertThat(first.run()).get().matches(r -> r.id() == run);
                assertThat(first.site()).as("the site file is gone: the page does without").isEmpty();
                assertThat(first.events()).extracting(e -> e.service().orElseThrow()).containsExactly("cctv");

                writer.event(run, EventKind.SERVICE_RESTORED, null, "cctv", "back");
                writer.finishRun(run, Outcome.OK, "done");
                assertThat(source.read().events()).hasSize(2);
                assertThat(source.finished()).isTrue();
                assertThat(StatusViews.build(source.read(), clock.instant()).services())
                        .singleElement().matches(s -> s.state() == ServiceState.RESTORED);
                // a later replacement does not take the page over
                writer.startRun(RunKind.REPLACE, "other.yaml", List.of());
                assertThat(source.read().run()).get().matches(r -> r.id() == run);
            }
        }
    }
}
