package org.switchover.verify;

import static java.util.Objects.requireNonNull;

/**
 * One result of a check: where ({@code path}, e.g. {@code core-1:Ethernet1} or
 * {@code services/finance/access-3:Ethernet5}), what kind, how bad, and a message a person can act on.
 */
public record Finding(Severity severity, Kind kind, String path, String message) {

    /** ERROR fails a check; WARNING is shown but does not fail it. */
    public enum Severity { ERROR, WARNING }

    /** The closed set of things a check can find. */
    public enum Kind {
        DEVICE_UNREACHABLE,
        MODEL_MISMATCH,
        PORT_MISSING,
        LINK_DOWN,
        LLDP_MISMATCH,
        LLDP_MISSING,
        VLAN_MISSING,
        VLAN_MEMBERSHIP,
        PORT_ADMIN_STATE,
        SERVICE_UNREACHABLE
    }

    public Finding {
        requireNonNull(severity, "severity");
        requireNonNull(kind, "kind");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    public static Finding error(Kind kind, String path, String message) {
        return new Finding(Severity.ERROR, kind, path, message);
    }

    public static Finding warning(Kind kind, String path, String message) {
        return new Finding(Severity.WARNING, kind, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + kind + " " + path + ": " + message;
    }
}
