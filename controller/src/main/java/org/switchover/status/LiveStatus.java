package org.switchover.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.switchover.report.ReportTime;

/**
 * The status page of one run, served while it runs: polls the journal a few times a second and
 * serves each request a view built from the latest read, so the page is never more than a poll
 * plus the page's own second behind an event. Closing stops the server and the polling.
 */
public final class LiveStatus implements AutoCloseable {

    /** How often the journal is read. */
    static final Duration POLL = Duration.ofMillis(300);

    private final JournalStatusSource source;
    private final ScheduledExecutorService poller;
    private final StatusServer server;
    private final CountDownLatch closed = new CountDownLatch(1);

    private LiveStatus(JournalStatusSource source, ScheduledExecutorService poller, StatusServer server) {
        this.source = source;
        this.poller = poller;
        this.server = server;
    }

    public static LiveStatus start(StatusAddress address, JournalStatusSource source, ReportTime time, Clock clock) {
        AtomicReference<StatusSnapshot> latest = new AtomicReference<>(source.read());
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchover-status-poll");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                latest.set(source.read());
            } catch (RuntimeException e) {
                // a busy or briefly unreadable journal: keep showing the last read, try again next poll
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        try {
            StatusServer server = StatusServer.start(address, () -> StatusViews.build(latest.get(), clock.instant()), new StatusPage(time));
            return new LiveStatus(source, poller, server);
        } catch (RuntimeException e) {
            poller.shutdownNow();
            source.close();
            throw e;
        }
    }

    public URI url() {
        return server.url();
    }

    /** Keeps serving for {@code duration} (the page frozen at the run's end), unless closed or interrupted first. */
    public void linger(Duration duration) throws InterruptedException {
        closed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed.countDown();
        server.close();
        poller.shutdownNow();
        try {
            poller.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
