package org.switchover.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A one-way request to stop, set by a signal handler and read between units of work: a running
 * audit finishes the devices it has started and starts no more; a waiting schedule wakes at once.
 */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    public void requestStop() {
        stopped.countDown();
    }

    public boolean isStopRequested() {
        return stopped.getCount() == 0;
    }

    /**
     * Waits until {@code deadline} by {@code clock} or a stop request, whichever is first;
     * true when stopped. Re-checks the clock after each wake so a clock change is honoured.
     */
    public boolean awaitUntil(Instant deadline, Clock clock) throws InterruptedException {
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) return isStopRequested();
            if (stopped.await(Math.min(left.toMillis() + 1, Duration.ofMinutes(1).toMillis()), TimeUnit.MILLISECONDS)) return true;
        }
    }
}
