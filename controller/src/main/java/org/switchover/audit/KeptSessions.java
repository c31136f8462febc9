package org.switchover.audit;

import com.google.common.net.HostAndPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.workflow.access.DeviceAccess;

/**
 * Sessions kept open between the rounds of a scheduled audit, one per device, as exporters keep
 * theirs: a round reuses the session the last round left, so it pays no SSH set-up. A session is
 * kept only after a use that went well; one that failed, was dropped, or was opened more than
 * {@code maxAge} ago is closed, and the next round opens a new one, which checks the host key
 * against known_hosts again. Safe to use from the audit's parallel workers.
 */
final class KeptSessions implements AuditSessions {

    /** Long enough to save every set-up of a frequent audit, short enough that keys are re-checked hourly. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

    /**
     * Heap one idle session holds, rounded up: JSch's packet buffers (about 52 KB), cipher and
     * connection-thread state and the frame buffer; measured at 130-190 KB per kept session in
     * {@code bench.sh audit}.
     */
    static final long BYTES_PER_SESSION = 192 * 1024;

    private record Kept(PlatformDriver driver, HostAndPort address, Instant opened) {}

    private final DeviceAccess access;
    private final Clock clock;
    private final Duration maxAge;
    private final int maxKept;
    private final Map<String, Kept> idle = new ConcurrentHashMap<>();
    /** The devices whose sessions are kept, idle or in use: at most {@code maxKept}. */
    private final Set<String> seats = new HashSet<>();
    private final Map<PlatformDriver, Instant> openedAt = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private volatile boolean closed;
    private boolean keeping = true;

    /** @param maxKept sessions held at most; beyond it a session is closed after use, as a one-shot audit does */
    KeptSessions(DeviceAccess access, Clock clock, Duration maxAge, int maxKept) {
        this.access = access;
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxKept = maxKept;
    }

    /**
     * How many sessions fit in a quarter of {@code maxHeapBytes}: all of them for fleets of
     * thousands with the JVM's default heap, fewer when the heap is held small on purpose.
     */
    static int budgetFor(long maxHeapBytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxHeapBytes / 4 / BYTES_PER_SESSION));
    }

    @Override
    public Lent borrow(Device device) {
        Kept kept = idle.remove(device.name());
        if (kept != null) {
            if (usable(kept, device)) {
                reused.incrementAndGet();
                return new Lent(device, kept.driver(), true);
            }
            forget(kept.driver());
        }
        PlatformDriver driver = access.open(device);
        openedAt.put(driver, clock.instant());
        opened.incrementAndGet();
        return new Lent(device, driver, false);
    }

    private boolean usable(Kept kept, Device device) {
        return kept.driver().isOpen() && kept.address().equals(device.management())
                && Duration.between(kept.opened(), clock.instant()).compareTo(maxAge) < 0;
    }

    @Override
    public void giveBack(Lent session, boolean healthy) {
        PlatformDriver driver = session.driver();
        Instant since = openedAt.get(driver);
        if (!healthy || closed || since == null || !driver.isOpen()) {
            forget(driver);
            return;
        }
        if (!takeSeat(session.device().name())) {
            // the same devices stay kept round after round; the rest open and close as in a one-shot audit
            forget(driver);
            return;
        }
        Kept previous = idle.put(session.device().name(), new Kept(driver, session.device().management(), since));
        if (previous != null) forget(previous.driver());
        // a close() racing this give-back must not leave the session open
        if (closed) closeIdle();
    }

    /**
     * Starts a round of {@code devices}: sessions are kept only when all of them fit, since keeping
     * a few of a fleet too big for the budget costs the heap and saves next to nothing (measured at
     * 5,000 switches in 512 MB: 682 kept, no faster than opening new sessions for all).
     */
    synchronized void startRound(int devices) {
        keeping = devices <= maxKept;
        if (!keeping) {
            seats.clear();
            closeIdle();
        }
    }

    /** Whether {@code device} may keep a session: it has a seat already, or one is free. */
    private synchronized boolean takeSeat(String device) {
        if (!keeping) return false;
        if (seats.contains(device)) return true;
        if (seats.size() >= maxKept) return false;
        seats.add(device);
        return true;
    }

    /** Closes the sessions no audit is using, keeping the pool usable: for a long pause between rounds. */
    void closeIdle() {
        idle.forEach((device, kept) -> {
            if (idle.remove(device, kept)) forget(kept.driver());
        });
    }

    /** Sessions opened since this pool was made. */
    int opened() {
        return opened.get();
    }

    /** Times a kept session was used again instead of opening one. */
    int reused() {
        return reused.get();
    }

    private void forget(PlatformDriver driver) {
        openedAt.remove(driver);
        driver.close();
    }

    @Override
    public void close() {
        closed = true;
        closeIdle();
    }
}
