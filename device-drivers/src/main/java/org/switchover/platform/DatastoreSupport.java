package org.switchover.platform;

import org.switchover.netconf.Capabilities;

/**
 * Which of the push mechanics a device offers, read from its hello; drives the fallbacks.
 * {@code persist} is confirmed-commit 1.1, where another session may confirm or cancel by id.
 */
public record DatastoreSupport(boolean candidate, boolean confirmedCommit, boolean persist, boolean validate,
        boolean rollbackOnError, boolean writableRunning) {

    public static DatastoreSupport of(Capabilities caps) {
        return new DatastoreSupport(caps.candidate(), caps.confirmedCommit(), caps.confirmedCommit11(), caps.validate(),
                caps.rollbackOnError(), caps.writableRunning());
    }

    /** Whether the device can be configured at all. */
    public boolean writable() {
        return candidate || writableRunning;
    }
}
