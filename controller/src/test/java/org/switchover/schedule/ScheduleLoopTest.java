package org.switchover.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScheduleLoopTest {

    /** A clock tests move by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void set(Instant t) {
            now = t;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:07:00Z"));
    private final StopSignal stop = new StopSignal();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintWriter out = new PrintWriter(new OutputStreamWriter(printed, StandardCharsets.UTF_8), true);
    private final List<Instant> runs = new ArrayList<>();

    /** Jumps the clock to each deadline, as if the wait passed. */
    private ScheduleLoop.Waiter jumping() {
        return deadline -> {
            if (deadline.isAfter(clock.instant())) clock.set(deadline);
            return stop.isStopRequested();
        };
    }

    @Test
    void anIntervalRunsAtStartThenEveryIntervalAndPrintsEachNextRun() throws Exception {
        var loop = new ScheduleLoop(IntervalSchedule.parse("6h"), clock, stop, jumping(), out);
        int n = loop.run(() -> {
            runs.add(clock.instant());
            clock.advance(Duration.ofMinutes(2));
            if (runs.size() == 3) stop.requestStop();
        });
        assertThat(n).isEqualTo(3);
        assertThat(runs).containsExactly(Instant.parse("2026-11-28T10:07:00Z"), Instant.parse("2026-11-28T16:07:00Z"),
                Instant.parse("2026-11-28T22:07:00Z"));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("next audit at 2026-11-28T16:07:00Z (every 6h)").contains("stopped after 3 audit run(s)");
    }

    @Test
    void cronWaitsForItsSlotsAndSkipsSlotsAnOverlongRunMissed() throws Exception {
        var loop = new ScheduleLoop(CronSchedule.parse("*/15 * * * *", ZoneOffset.UTC), clock, stop, jumping(), out);
        loop.run(() -> {
            runs.add(clock.instant());
            // the second run takes 40 minutes: slots 10:45 and 11:00 pass meanwhile
            clock.advance(runs.size() == 2 ? Duration.ofMinutes(40) : Duration.ofMinutes(1));
            if (runs.size() == 3) stop.requestStop();
        });
        assertThat(runs).containsExactly(Instant.parse("2026-11-28T10:15:00Z"), Instant.parse("2026-11-28T10:30:00Z"),
                Instant.parse("2026-11-28T11:15:00Z"));
    }

    @Test
    void anIntervalRunThatOverrunsIsFollowedByOneRunRightAway() throws Exception {
        var loop = new ScheduleLoop(IntervalSchedule.parse("30m"), clock, stop, jumping(), out);
        loop.run(() -> {
            runs.add(clock.instant());
            clock.advance(runs.size() == 1 ? Duration.ofMinutes(95) : Duration.ofMinutes(1));
            if (runs.size() == 3) stop.requestStop();
        });
        assertThat(runs).containsExactly(Instant.parse("2026-11-28T10:07:00Z"), Instant.parse("2026-11-28T11:42:00Z"),
                Instant.parse("2026-11-28T12:12:00Z"));
    }

    @Test
    void aStopDuringTheWaitEndsTheLoopWithoutAnotherRun() throws Exception {
        var loop = new ScheduleLoop(IntervalSchedule.parse("6h"), clock, stop, deadline -> {
            stop.requestStop();
            return true;
        }, out);
        assertThat(loop.run(() -> runs.add(clock.instant()))).isZero();
        assertThat(runs).isEmpty();
    }

    @Test
    void theRealWaitWakesAtOnceOnAStopRequest() throws Exception {
        Clock system = Clock.systemUTC();
        var loop = ScheduleLoop.of(IntervalSchedule.parse("1d"), system, stop, out);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.run(() -> runs.add(system.instant()));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // the first run happens at start; then the loop waits a day unless stopped
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.isEmpty() && System.nanoTime() < deadline) Thread.onSpinWait();
        stop.requestStop();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void stopSignalWaitReturnsFalseWhenTheDeadlinePasses() throws Exception {
        Clock system = Clock.systemUTC();
        assertThat(stop.awaitUntil(system.instant().plusMillis(20), system)).isFalse();
        stop.requestStop();
        assertThat(stop.awaitUntil(system.instant().plusSeconds(60), system)).isTrue();
    }
}
