package org.switchover.journal;

import java.time.Instant;

/**
 * Facts about a device as a run found them: where it answered, what hardware it is, and the
 * host key it presented. {@code newHardware} marks a replacement switch racked for this run.
 */
public record DeviceRecord(
        long runId,
        String device,
        boolean newHardware,
        String address,
        String model,
        String serial,
        String hostKeyFingerprint,
        Instant recorded) {}
