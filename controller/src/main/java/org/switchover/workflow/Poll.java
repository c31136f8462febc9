package org.switchover.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Retries a read until its result is acceptable or a deadline passes: how checks wait for links
 * to come up after a change. Time comes from the clock; the pause between tries is injected.
 */
public final class Poll {

    /** Waits between tries; a test may pass one that does not wait. */
    public interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    private final Clock clock;
    private final Pause pause;

    public Poll(Clock clock, Pause pause) {
        this.clock = clock;
        this.pause = pause;
    }

    public static Poll system(Clock clock) {
        return new Poll(clock, d -> Thread.sleep(d.toMillis()));
    }

    /** The first result that {@code done} accepts, or the last one read when {@code timeout} ran out. */
    public <T> T until(Supplier<T> read, Predicate<T> done, Duration timeout, Duration interval) {
        Instant deadline = clock.instant().plus(timeout);
        T last = read.get();
        while (!done.test(last) && clock.instant().isBefore(deadline)) {
            try {
                pause.pause(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            last = read.get();
        }
        return last;
    }
}
