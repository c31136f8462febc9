package org.switchover.platform;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/** Expands the VLAN id lists of both platforms: OpenConfig's {@code 10..20} and IEEE's {@code 1,10-100}. */
public final class VlanIds {

    private VlanIds() {}

    /**
     * The VLAN ids in {@code values}, each a single id or a range written with {@code ..} or
     * {@code -}, optionally several joined by commas.
     *
     * @throws IllegalArgumentException naming the value that is not a VLAN id or range
     */
    public static SortedSet<Integer> expand(Collection<String> values) {
        SortedSet<Integer> ids = new TreeSet<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) continue;
                String[] bounds = p.contains("..") ? p.split("\\.\\.", 2) : p.split("-", 2);
                int low = id(bounds[0], value);
                int high = bounds.length == 2 ? id(bounds[1], value) : low;
                if (high < low) throw new IllegalArgumentException("VLAN range '" + value + "' runs backwards");
                for (int v = low; v <= high; v++) ids.add(v);
            }
        }
        return ids;
    }

    private static int id(String text, String value) {
        try {
            int id = Integer.parseInt(text.trim());
            if (id < 1 || id > 4094) throw new IllegalArgumentException("VLAN id " + id + " in '" + value + "' outside 1..4094");
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a VLAN id or range", e);
        }
    }
}
