package org.switchover.plan;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Port names as people count them: eth2 before eth10, Ethernet1/2 before Ethernet1/10. */
public final class PortOrder {

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    /** Compares digit runs by value and the rest as text. */
    public static final Comparator<String> NATURAL = PortOrder::compare;

    private PortOrder() {}

    private static int compare(String a, String b) {
        Matcher ma = CHUNK.matcher(a);
        Matcher mb = CHUNK.matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            boolean digits = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int c = digits ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y)) : x.compareTo(y);
            if (c != 0) return c;
        }
        int c = Boolean.compare(ma.hitEnd(), mb.hitEnd());
        return c != 0 ? -c : a.compareTo(b);
    }
}
