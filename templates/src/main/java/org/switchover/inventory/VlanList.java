package org.switchover.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** VLAN ids as written in a site file: numbers and ranges such as {@code 100-110}, each checked to be 1..4094. */
final class VlanList {

    static final int MIN = 1;
    static final int MAX = 4094;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})-(\\d{1,4})");

    private VlanList() {}

    /** One VLAN id; reports anything that is not a whole number in 1..4094. */
    static OptionalInt id(YamlNode node, Problems problems) {
        OptionalInt id = Fields.integerOf(node, problems);
        if (id.isPresent() && (id.getAsInt() < MIN || id.getAsInt() > MAX)) {
            problems.at(node, "VLAN id " + id.getAsInt() + " is outside 1..4094");
            return OptionalInt.empty();
        }
        return id;
    }

    /** Every id of a list of ids and ranges, in the order written. */
    static Set<Integer> ids(List<YamlNode> items, Problems problems) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (YamlNode item : items) {
            Optional<int[]> range = range(item);
            if (range.isEmpty()) {
                id(item, problems).ifPresent(ids::add);
                continue;
            }
            int from = range.get()[0];
            int to = range.get()[1];
            if (from < MIN || to > MAX || to < from) {
                problems.at(item, "VLAN range " + from + "-" + to + " is outside 1..4094 or runs backwards");
                continue;
            }
            for (int v = from; v <= to; v++) ids.add(v);
        }
        return ids;
    }

    private static Optional<int[]> range(YamlNode item) {
        if (!(item instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.STRING) return Optional.empty();
        Matcher m = RANGE.matcher(s.text().trim());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
    }
}
