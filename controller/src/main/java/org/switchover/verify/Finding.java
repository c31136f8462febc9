package org.switchover.verify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One result of a check, the same shape in waves, {@code verify}, {@code plan} and audits: on which
 * {@code device}, where on it ({@code path}, in {@link StatePaths}' syntax such as
 * {@code /state/interface[name=Ethernet1]/oper-status}), what the intent expects and what was
 * observed (null when a side is absent), how bad, what kind, and a message a person can act on.
 */
public record Finding(Severity severity, Kind kind, String device, String path, String expected, String actual, String message) {

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
        requireNonNull(device, "device");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
        checkArgument(!device.isBlank(), "a finding needs a device");
        checkArgument(path.startsWith("/"), "a finding's path starts with /: %s", path);
    }

    public static Finding error(Kind kind, String device, String path, String expected, String actual, String message) {
        return new Finding(Severity.ERROR, kind, device, path, expected, actual, message);
    }

    public static Finding warning(Kind kind, String device, String path, String expected, String actual, String message) {
        return new Finding(Severity.WARNING, kind, device, path, expected, actual, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where, for people: {@code core-1 /state/interface[name=Ethernet1]/oper-status}. */
    public String where() {
        return device + " " + path;
    }

    @Override
    public String toString() {
        return severity + " " + kind + " " + where() + ": " + message;
    }
}
