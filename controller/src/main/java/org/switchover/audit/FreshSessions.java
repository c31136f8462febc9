package org.switchover.audit;

import org.switchover.workflow.access.DeviceAccess;

/** A new session for every device audited, closed when its audit ends: what a one-shot audit does. */
final class FreshSessions implements AuditSessions {

    private final DeviceAccess access;

    FreshSessions(DeviceAccess access) {
        this.access = access;
    }

    @Override
    public Lent borrow(org.switchover.inventory.Device device) {
        return new Lent(device, access.open(device), false);
    }

    @Override
    public void giveBack(Lent session, boolean healthy) {
        session.driver().close();
    }

    @Override
    public void close() {
        // nothing is kept
    }
}
