package org.switchover.lab.state;

import java.time.Instant;
import org.switchover.lab.SwitchModel;

/**
 * Who a switch is in its state data: lab name, hardware model, serial number, chassis MAC, and
 * when the lab started it (the discontinuity time of its counters).
 */
public record SwitchIdentity(String name, SwitchModel model, String serial, String chassisMac, Instant started) {

    /** A stable, locally administered MAC (colon form) derived from the switch's name. */
    public static String macFor(String name) {
        int h = name.hashCode();
        return String.format("02:00:%02x:%02x:%02x:%02x", (h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
    }
}
