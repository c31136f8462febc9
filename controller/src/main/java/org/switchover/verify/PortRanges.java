package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Port lists written for people: {@code Ethernet25..Ethernet48} rather than 24 names. */
final class PortRanges {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private PortRanges() {}

    static String summarize(List<String> ports) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < ports.size()) {
            int j = i;
            while (j + 1 < ports.size() && consecutive(ports.get(j), ports.get(j + 1))) j++;
            parts.add(j - i >= 2 ? ports.get(i) + ".." + ports.get(j)
                    : String.join(", ", ports.subList(i, j + 1)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static boolean consecutive(String a, String b) {
        Matcher ma = NUMBERED.matcher(a);
        Matcher mb = NUMBERED.matcher(b);
        if (!ma.matches() || !mb.matches() || !ma.group(1).equals(mb.group(1))) return false;
        try {
            return Long.parseLong(mb.group(2)) == Long.parseLong(ma.group(2)) + 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
