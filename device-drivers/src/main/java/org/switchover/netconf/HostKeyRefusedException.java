package org.switchover.netconf;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's SSH host key did not pass the known_hosts check: it is unknown (and
 * trust-on-first-use was not chosen) or it differs from the recorded one.
 */
public class HostKeyRefusedException extends NetconfException {
    private static final long serialVersionUID = 1L;

    /** Why the key was refused. */
    public enum Reason { UNKNOWN, CHANGED }

    private final Reason reason;
    private final String presentedFingerprint;
    private final String knownFingerprint;

    public HostKeyRefusedException(String device, String hostEntry, Path knownHosts, Reason reason,
            String presentedFingerprint, Optional<String> knownFingerprint) {
        super(device, null, describe(device, hostEntry, knownHosts, reason, presentedFingerprint, knownFingerprint), null);
        this.reason = reason;
        this.presentedFingerprint = presentedFingerprint;
        this.knownFingerprint = knownFingerprint.orElse(null);
    }

    public Reason reason() {
        return reason;
    }

    public String presentedFingerprint() {
        return presentedFingerprint;
    }

    public Optional<String> knownFingerprint() {
        return Optional.ofNullable(knownFingerprint);
    }

    private static String describe(String device, String hostEntry, Path knownHosts, Reason reason, String presented,
            Optional<String> known) {
        if (reason == Reason.UNKNOWN) {
            return "host key of " + device + " (" + hostEntry + ") is not in " + knownHosts + "; it presented " + presented
                    + ". Verify that fingerprint on the device's console, then add it to " + knownHosts
                    + " or, for new hardware, connect once with trust-on-first-use (--trust-new-host-keys)";
        }
        return "host key of " + device + " (" + hostEntry + ") CHANGED: " + knownHosts + " records " + known.orElse("?")
                + " but the device presented " + presented + ". This is either replaced hardware or someone in the"
                + " middle; verify on the device's console, then remove the old line for " + hostEntry + " from "
                + knownHosts + " and connect again";
    }
}
