package org.switchover.journal;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A finding as one audit saw it. {@code device}, {@code kind} and {@code subject} identify it
 * across audits (subject: the config path, port or neighbour concerned); {@code detail} may vary.
 */
public record ObservedFinding(String device, String kind, String subject, String detail) {
    public ObservedFinding {
        checkArgument(!device.isBlank() && !kind.isBlank(), "a finding needs a device and a kind");
    }
}
