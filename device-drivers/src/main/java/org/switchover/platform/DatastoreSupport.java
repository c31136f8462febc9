package org.switchover.platform;

import org.switchover.netconf.Capabilities;

/**
 * Which of the push mechanics a device offers, read from its hello; drives the fallbacks.
 * {@code persist} is confirmed-commit 1.1, where another session may confirm or cancel by id.
 */
public record DatastoreSupport(boolean candidate, boolean confirmedCommit, boolean persist, boolean validate,
        boolean rollbackOnError, boolean writableRunning) {

    public static DatastoreSupport of(Capabilities caps) {
        return new DatastoreSupport(
                has(caps, Capabilities.CANDIDATE),
                has(caps, Capabilities.CONFIRMED_COMMIT_11) || has(caps, Capabilities.CONFIRMED_COMMIT_10),
                has(caps, Capabilities.CONFIRMED_COMMIT_11),
                has(caps, Capabilities.VALIDATE_11) || has(caps, Capabilities.VALIDATE_10),
                has(caps, Capabilities.ROLLBACK_ON_ERROR),
                has(caps, Capabilities.WRITABLE_RUNNING));
    }

    /** Whether the device can be configured at all. */
    public boolean writable() {
        return candidate || writableRunning;
    }

    private static boolean has(Capabilities caps, String uri) {
        return caps.uris().stream().anyMatch(u -> u.equals(uri) || u.startsWith(uri + "?"));
    }
}
