package org.switchover.audit;

import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;

/**
 * Where an audit's device sessions come from and go back to: a fresh session per device for a
 * one-shot audit ({@link FreshSessions}), or sessions kept open between the rounds of a scheduled
 * audit ({@link KeptSessions}).
 */
interface AuditSessions extends AutoCloseable {

    /**
     * A session to {@code device} at its inventory address, its host key checked strictly.
     *
     * @throws org.switchover.netconf.NetconfException when a new session cannot be opened
     */
    Lent borrow(Device device);

    /** Gives a session back after use; {@code healthy} is false when using it failed in any way. */
    void giveBack(Lent session, boolean healthy);

    /** Closes every session still held. */
    @Override
    void close();

    /** A session on loan to one device's audit; {@code reused} when it was opened for an earlier round. */
    record Lent(Device device, PlatformDriver driver, boolean reused) {}
}
