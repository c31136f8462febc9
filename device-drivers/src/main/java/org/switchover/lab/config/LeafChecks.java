package org.switchover.lab.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.netconf.RpcError;

/** Type checks for the leaves the lab understands; each adds an invalid-value error naming the path. */
final class LeafChecks {
    private final List<RpcError> errors;

    LeafChecks(List<RpcError> errors) {
        this.errors = errors;
    }

    void invalid(String path, String message) {
        errors.add(RpcFailure.error("application", "invalid-value", path, message, Map.of()));
    }

    void missing(String path, String leaf, String message) {
        errors.add(RpcFailure.error("application", "data-missing", path, message, Map.of("bad-element", leaf)));
    }

    void intRange(XmlNode parent, String leaf, long min, long max, String path) {
        parent.child(leaf).ifPresent(n -> {
            String v = n.text().trim();
            try {
                long x = Long.parseLong(v);
                if (x < min || x > max) invalid(path + "/" + leaf, leaf + " " + v + " is outside " + min + ".." + max);
            } catch (NumberFormatException e) {
                invalid(path + "/" + leaf, leaf + " '" + v + "' is not a number in " + min + ".." + max);
            }
        });
    }

    void bool(XmlNode parent, String leaf, String path) {
        parent.child(leaf).ifPresent(n -> {
            String v = n.text().trim();
            if (!v.equals("true") && !v.equals("false")) invalid(path + "/" + leaf, leaf + " '" + v + "' is not true or false");
        });
    }

    void oneOf(XmlNode parent, String leaf, Set<String> allowed, String path) {
        parent.child(leaf).ifPresent(n -> {
            String v = n.localValue();
            if (!allowed.contains(v)) invalid(path + "/" + leaf, leaf + " '" + n.text() + "' is not one of " + allowed);
        });
    }

    void length(XmlNode parent, String leaf, int min, int max, String path) {
        parent.child(leaf).ifPresent(n -> {
            int len = n.text().length();
            if (len < min || len > max) invalid(path + "/" + leaf, leaf + " length " + len + " is outside " + min + ".." + max);
        });
    }

    /** A VLAN id, or with {@code ranges} also {@code a..b} (openconfig) ranges. */
    void vlanId(String value, String path, boolean ranges) {
        String v = value.trim();
        if (ranges && v.contains("..")) {
            String[] ends = v.split("\\.\\.", 2);
            vlanId(ends[0], path, false);
            vlanId(ends[1], path, false);
            return;
        }
        try {
            int id = Integer.parseInt(v);
            if (id < 1 || id > 4094) invalid(path, "VLAN id " + v + " is outside 1..4094");
        } catch (NumberFormatException e) {
            invalid(path, "VLAN id '" + v + "' is not a number in 1..4094");
        }
    }

    /** An 802.1Q vid-range-type: {@code 1,10-20,30}. */
    void vidRange(String value, String path) {
        if (!value.trim().matches("[1-9][0-9]{0,3}(-[1-9][0-9]{0,3})?(,[1-9][0-9]{0,3}(-[1-9][0-9]{0,3})?)*")) {
            invalid(path, "'" + value + "' is not a VLAN range such as 10,20-30");
            return;
        }
        for (String part : value.trim().split(",")) {
            for (String end : part.split("-")) vlanId(end, path, false);
        }
    }
}
