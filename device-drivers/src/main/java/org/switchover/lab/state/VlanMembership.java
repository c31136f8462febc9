package org.switchover.lab.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.config.XmlNode;

/** Which ports carry a VLAN, derived from the ports' configuration of either platform. */
final class VlanMembership {
    private VlanMembership() {}

    /** openconfig: ACCESS ports on {@code vid}, TRUNK ports whose native or trunk VLANs include it. */
    static List<String> openconfigMembers(XmlNode interfaces, int vid) {
        List<String> members = new ArrayList<>();
        for (XmlNode itf : interfaces.children("interface")) {
            Optional<XmlNode> sv = itf.path("ethernet", "switched-vlan", "config");
            if (sv.isEmpty()) continue;
            String mode = sv.get().childText("interface-mode").orElse("ACCESS");
            boolean member = mode.equals("TRUNK")
                    ? sv.get().childText("native-vlan").map(v -> v.equals(Integer.toString(vid))).orElse(false)
                            || sv.get().children("trunk-vlans").stream().anyMatch(t -> inOcRange(t.text(), vid))
                    : sv.get().childText("access-vlan").map(v -> v.equals(Integer.toString(vid))).orElse(false);
            if (member) itf.childText("name").ifPresent(members::add);
        }
        return members;
    }

    private static boolean inOcRange(String value, int vid) {
        String v = value.trim();
        try {
            if (v.contains("..")) {
                String[] ends = v.split("\\.\\.", 2);
                return vid >= Integer.parseInt(ends[0].trim()) && vid <= Integer.parseInt(ends[1].trim());
            }
            return Integer.parseInt(v) == vid;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 802.1Q: vid-range-type {@code 1,10-20} contains {@code vid}. */
    static boolean inVidRange(String ranges, int vid) {
        for (String part : ranges.trim().split(",")) {
            String[] ends = part.trim().split("-", 2);
            try {
                int lo = Integer.parseInt(ends[0].trim());
                int hi = ends.length == 2 ? Integer.parseInt(ends[1].trim()) : lo;
                if (vid >= lo && vid <= hi) return true;
            } catch (NumberFormatException e) {
                // invalid ranges never reach running; nothing to match
            }
        }
        return false;
    }

    /** The port of 802.1Q bridge port number {@code portRef} (1-based hardware order), if the model has it. */
    static Optional<String> portOf(SwitchModel model, String portRef) {
        try {
            int n = Integer.parseInt(portRef.trim());
            return n >= 1 && n <= model.ports().size() ? Optional.of(model.ports().get(n - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
