package org.switchover.audit;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.driver.VlanState;
import org.switchover.netconf.SessionDroppedException;

/**
 * A stand-in device for runner unit tests: answers from fixed data, can hang until closed (as a
 * device that stops answering does), and records pushes. End-to-end tests use the lab instead.
 */
final class FakeAuditDriver implements PlatformDriver {

    private final String device;
    private final PortsAndNeighbors state;
    private volatile ConfigDiff diff;
    private final boolean hang;
    private final CountDownLatch closed = new CountDownLatch(1);
    volatile ConfigPayload loaded;
    volatile int commits;
    volatile boolean confirmed;
    volatile boolean cancelled;
    /** When set, the device has dropped the session without the client noticing yet: the next read fails. */
    volatile boolean droppedUnnoticed;
    /** What compliance returns after a commit; null keeps the diff. */
    volatile ConfigDiff diffAfterCommit = ConfigDiff.empty();

    FakeAuditDriver(String device, PortsAndNeighbors state, ConfigDiff diff, boolean hang) {
        this.device = device;
        this.state = state;
        this.diff = diff;
        this.hang = hang;
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public DeviceFacts facts() {
        return new DeviceFacts(device, "sim", "S1", "1.0", List.of());
    }

    @Override
    public void loadCandidate(ConfigPayload config, LoadMode mode) {
        loaded = config;
    }

    @Override
    public ConfigDiff compare() {
        return diff;
    }

    @Override
    public ConfigDiff compliance(ConfigPayload golden) {
        if (droppedUnnoticed) throw new SessionDroppedException(device, "7", device + " closed the connection", null);
        if (hang) {
            try {
                closed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SessionDroppedException(device, null, "session closed while waiting for a reply", null);
        }
        return diff;
    }

    @Override
    public CommitResult commitConfirmed(Duration timeout, String persistId) {
        commits++;
        if (diffAfterCommit != null) diff = diffAfterCommit;
        return new CommitResult(persistId, false, "");
    }

    @Override
    public void confirm(String persistId) {
        confirmed = true;
    }

    @Override
    public void cancel(String persistId) {
        cancelled = true;
    }

    @Override
    public void discard() {}

    @Override
    public boolean confirmsNatively() {
        return true;
    }

    @Override
    public java.util.Optional<ConfigPayload> savedRunning() {
        return java.util.Optional.empty();
    }

    @Override
    public void rollback() {}

    @Override
    public List<InterfaceState> interfaces() {
        return state.interfaces();
    }

    @Override
    public List<VlanState> vlans() {
        return List.of();
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors() {
        return state.lldpNeighbors();
    }

    @Override
    public void setPortsEnabled(Set<String> ports, boolean enabled) {}

    @Override
    public void close() {
        closed.countDown();
    }

    @Override
    public String saveRunning() {
        return "";
    }

    @Override
    public boolean isOpen() {
        return !isClosed();
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    boolean awaitClosed(Duration within) throws InterruptedException {
        return closed.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }
}
