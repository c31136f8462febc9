package org.switchover.lab.config;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task once after a delay; injected so tests drive confirm-timeouts without waiting. */
public interface TimeoutScheduler {

    /** A scheduled task that may be cancelled before it runs. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduler backed by {@code executor}, shared by every switch of a lab. */
    static TimeoutScheduler of(ScheduledExecutorService executor) {
        return (delay, task) -> {
            ScheduledFuture<?> f = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> f.cancel(false);
        };
    }
}
