package org.switchover.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.switchover.driver.DriverException;

/**
 * A confirmed commit kept by the controller for a device without :confirmed-commit: the pending
 * persist-id, its deadline by the injected clock, and a timer that calls {@code onTimeout} with
 * the id when nobody confirmed in time. Not thread-safe on its own: {@link ConfigPush} guards it,
 * and {@code onTimeout} must take that guard and call {@link #expire} before acting.
 */
final class EmulatedConfirm implements AutoCloseable {

    /** The commit awaiting confirmation. */
    record Pending(String persistId, Instant deadline) {}

    private final String device;
    private final Clock clock;
    private final Consumer<String> onTimeout;
    private final Set<String> expired = new HashSet<>();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> task;
    private Pending pending;

    EmulatedConfirm(String device, Clock clock, Consumer<String> onTimeout) {
        this.device = device;
        this.clock = clock;
        this.onTimeout = onTimeout;
    }

    Optional<Pending> pending() {
        return Optional.ofNullable(pending);
    }

    void start(String persistId, Duration timeout) {
        pending = new Pending(persistId, clock.instant().plus(timeout));
        task = timer().schedule(() -> onTimeout.accept(persistId), Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** True when the clock has passed the deadline of the pending commit. */
    boolean overdue() {
        return pending != null && clock.instant().isAfter(pending.deadline());
    }

    void confirm(String persistId) {
        requirePending(persistId);
        clear();
    }

    void cancel(String persistId) {
        requirePending(persistId);
        clear();
    }

    /** Marks {@code persistId} as timed out; false when it is no longer pending (confirmed or cancelled meanwhile). */
    boolean expire(String persistId) {
        if (pending == null || !pending.persistId().equals(persistId)) return false;
        expired.add(persistId);
        clear();
        return true;
    }

    void refuseIfExpired(String persistId) {
        if (expired.contains(persistId)) {
            throw new DriverException(device, "the confirmed commit '" + persistId + "' on " + device
                    + " was not confirmed within its timeout and has been rolled back from the saved copy; push again");
        }
    }

    @Override
    public void close() {
        clear();
        if (timer != null) timer.shutdownNow();
    }

    private void requirePending(String persistId) {
        refuseIfExpired(persistId);
        if (pending == null || !pending.persistId().equals(persistId)) {
            throw new DriverException(device, "no confirmed commit '" + persistId + "' is pending on " + device
                    + (pending == null ? "" : " (pending: '" + pending.persistId() + "')"));
        }
    }

    private void clear() {
        pending = null;
        if (task != null) task.cancel(false);
        task = null;
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "confirm-timeout-" + device);
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }
}
