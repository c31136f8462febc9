package org.switchover.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** One parsed field of a cron expression: the set of values it allows. */
record CronField(String name, BitSet allowed, boolean restricted) {

    boolean matches(int value) {
        return allowed.get(value);
    }

    /**
     * Parses {@code *}, {@code 5}, {@code 1-5}, {@code *}{@code /15}, {@code 10-50/10}, {@code 5/10}
     * and comma lists of these; {@code names} (index = value - min) allow JAN or MON.
     */
    static CronField parse(String name, String text, int min, int max, List<String> names) {
        BitSet allowed = new BitSet(max + 1);
        for (String item : text.split(",", -1)) {
            if (item.isEmpty()) throw error(name, text, "has an empty list item");
            String range = item;
            int step = 1;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                step = number(name, text, item.substring(slash + 1), 1, max - min + 1, List.of(), 1);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.indexOf('-') > 0) {
                int dash = range.indexOf('-');
                from = number(name, text, range.substring(0, dash), min, max, names, min);
                to = number(name, text, range.substring(dash + 1), min, max, names, min);
                if (to < from) throw error(name, text, "has a range " + range + " that runs backwards");
            } else {
                from = number(name, text, range, min, max, names, min);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) allowed.set(v);
        }
        return new CronField(name, allowed, !text.startsWith("*"));
    }

    private static int number(String name, String text, String token, int min, int max, List<String> names, int base) {
        int idx = names.indexOf(token.toUpperCase(Locale.ROOT));
        if (idx >= 0) return idx + base;
        int v;
        try {
            v = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error(name, text, "has '" + token + "', which is neither a number nor a known name");
        }
        if (v < min || v > max) throw error(name, text, "has " + v + ", outside " + min + "-" + max);
        return v;
    }

    private static IllegalArgumentException error(String name, String text, String what) {
        return new IllegalArgumentException("cron " + name + " field '" + text + "' " + what);
    }
}
