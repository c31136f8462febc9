package org.switchover.schedule;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Runs a task on a schedule until stopped: prints each next run time, waits for it through an
 * injected {@link Waiter} (a stop request ends the wait at once), and never starts a run once a
 * stop was requested. When a run overruns its next slot, an interval runs once more right away
 * and cron waits for its next slot, as cron does; missed slots never pile up.
 */
public final class ScheduleLoop {

    /** Waits until a deadline; true when a stop was requested meanwhile. */
    @FunctionalInterface
    public interface Waiter {
        boolean waitUntil(Instant deadline) throws InterruptedException;
    }

    private final Schedule schedule;
    private final Clock clock;
    private final StopSignal stop;
    private final Waiter waiter;
    private final PrintWriter out;

    public ScheduleLoop(Schedule schedule, Clock clock, StopSignal stop, Waiter waiter, PrintWriter out) {
        this.schedule = schedule;
        this.clock = clock;
        this.stop = stop;
        this.waiter = waiter;
        this.out = out;
    }

    /** The loop with real waiting on {@code clock}. */
    public static ScheduleLoop of(Schedule schedule, Clock clock, StopSignal stop, PrintWriter out) {
        return new ScheduleLoop(schedule, clock, stop, deadline -> stop.awaitUntil(deadline, clock), out);
    }

    /** Runs {@code task} at each slot until a stop request; returns how many runs completed. */
    public int run(Runnable task) throws InterruptedException {
        int runs = 0;
        Instant next = schedule.runsAtStart() ? clock.instant() : schedule.nextAfter(clock.instant());
        while (!stop.isStopRequested()) {
            out.println("next audit at " + next.truncatedTo(ChronoUnit.SECONDS) + " (" + schedule.describe() + ")");
            out.flush();
            if (waiter.waitUntil(next) || stop.isStopRequested()) break;
            Instant started = clock.instant();
            task.run();
            runs++;
            Instant following = schedule.nextAfter(schedule.runsAtStart() ? started : next);
            Instant now = clock.instant();
            if (following.isBefore(now)) following = schedule.runsAtStart() ? now : schedule.nextAfter(now);
            next = following;
        }
        out.println("stopped after " + runs + " audit run(s)");
        out.flush();
        return runs;
    }
}
