package org.switchover.lab.state;

import org.switchover.lab.SwitchModel;

/** Who a switch is in its state data: lab name, hardware model, serial number and chassis MAC. */
public record SwitchIdentity(String name, SwitchModel model, String serial, String chassisMac) {

    /** A stable, locally administered MAC (colon form) derived from the switch's name. */
    public static String macFor(String name) {
        int h = name.hashCode();
        return String.format("02:00:%02x:%02x:%02x:%02x", (h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
    }
}
