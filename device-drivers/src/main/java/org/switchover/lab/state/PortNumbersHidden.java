package org.switchover.lab.state;

import static org.switchover.lab.config.Schema.DOT1Q;
import static org.switchover.lab.config.Schema.IETF_HARDWARE;
import static org.switchover.lab.config.Schema.IETF_INTERFACES;
import static org.switchover.lab.config.Schema.OC_PLATFORM;

import org.switchover.lab.config.XmlNode;

/**
 * What a switch that publishes no port numbering serves: the answer to {@code <get>} without
 * bridge-port port-numbers, interface if-indexes and the hardware inventory (ietf-hardware or
 * openconfig-platform components), as some third-party servers answer. Its VLAN registrations
 * still name bridge ports by hardware position; only a declared numbering can explain them.
 */
public final class PortNumbersHidden {

    private PortNumbersHidden() {}

    /** Removes the numbering from {@code data} (the children of {@code <data>}), in place. */
    public static void strip(XmlNode data) {
        data.removeIf(n -> n.is(IETF_HARDWARE, "hardware") || n.is(OC_PLATFORM, "components"));
        data.child(IETF_INTERFACES, "interfaces").ifPresent(ifs -> ifs.children("interface").forEach(itf -> {
            itf.removeIf(c -> c.is(IETF_INTERFACES, "if-index"));
            itf.child(DOT1Q, "bridge-port").ifPresent(bp -> bp.removeIf(c -> c.is(DOT1Q, "port-number")));
        }));
    }
}
