package org.switchover.journal;

/**
 * The closed vocabulary of timeline events. The incident report is built from these, so a
 * workflow that wants a complete report writes each of them at the moment described.
 */
public enum EventKind {
    /** A device is found failed (unreachable, powered off); {@code device} set, {@code at} when it was seen failed. */
    DEVICE_FAILED,
    /**
     * A service lost its path through a failed device; {@code service} set, {@code at} is when it
     * went down ("down since"), which may lie before the run started. Written once per service.
     */
    SERVICE_DOWN,
    /** A service's traffic is back and confirmed; {@code service} set, {@code at} is "restored at". */
    SERVICE_RESTORED,
    /** New hardware took over a device's role; {@code device} set, message names address and serial. */
    DEVICE_REPLACED,
    /** A traffic wave begins; message names the wave and its services. */
    WAVE_STARTED,
    /** A wave's checks passed and its commits were confirmed on every touched device. */
    WAVE_CONFIRMED,
    /** A wave failed its checks and was cancelled on every touched device; message says why. */
    WAVE_ROLLED_BACK,
    /** The old, failed device answered again during the run; it was not configured. */
    OLD_DEVICE_SEEN,
    /** A run interrupted earlier was resumed; message says what resume found. */
    RESUMED,
    /** Anything else a person reading the timeline should know. */
    NOTE
}
