package org.switchover.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One thing an audit found on one device. {@code path} locates it (a config path with list keys,
 * or a state path such as {@code /state/interface[name=ge-0/0/1]/oper-status}); {@code expected}
 * and {@code actual} are null when a side is absent. {@link #key()} identifies the same finding
 * across audits, for first-seen and last-seen.
 */
public record AuditFinding(String device, AuditFindingKind kind, String path, String expected, String actual, String message) {

    public AuditFinding {
        requireNonNull(device, "device");
        requireNonNull(kind, "kind");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
        checkArgument(!device.isBlank(), "finding without a device");
    }

    /** Device, kind and path: stable across audits as long as the drift stays the same. */
    public String key() {
        return device + "|" + kind.name() + "|" + path;
    }

    /** One line for people: {@code device: label at path: message [expected .., found ..]}. */
    public String describe() {
        String values = expected == null && actual == null ? ""
                : " [expected " + quoted(expected) + ", found " + quoted(actual) + "]";
        return device + ": " + kind.label() + " at " + path + ": " + message + values;
    }

    private static String quoted(String v) {
        return v == null ? "nothing" : '"' + v + '"';
    }
}
