package org.switchover.journal;

import java.time.Instant;

/** A run's hold on a device it will change: while it lasts, no other run may change that device. */
public record Lease(String device, long runId, String who, Instant taken) {

    public String describe() {
        return device + " is held by run " + runId + " of " + who + ", started " + taken;
    }
}
