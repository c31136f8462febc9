package org.switchover.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port names as written in a site file: one name ({@code eth7}) or a numbered range
 * ({@code eth1-24}, also {@code eth1-eth24}) that expands to every name in between.
 */
final class PortRange {

    private static final Pattern RANGE = Pattern.compile("(.*?)(\\d+)-(?:\\1)?(\\d+)");
    private static final int MAX_RANGE = 4096;

    private PortRange() {}

    /**
     * The names {@code text} stands for, in order; empty when it looks like a range but runs
     * backwards or absurdly far. A name the model has literally (even with a dash) is itself.
     */
    static Optional<List<String>> expand(String text, List<String> literalNames) {
        if (literalNames.contains(text)) return Optional.of(List.of(text));
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) return Optional.of(List.of(text));
        long from = Long.parseLong(m.group(2));
        long to = Long.parseLong(m.group(3));
        if (to < from || to - from >= MAX_RANGE) return Optional.empty();
        List<String> names = new ArrayList<>();
        for (long i = from; i <= to; i++) names.add(m.group(1) + i);
        return Optional.of(names);
    }
}
