package org.switchover.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs at start, then every {@code every} after each start ({@code --every 6h}). */
public record IntervalSchedule(Duration every) implements Schedule {

    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

    public IntervalSchedule {
        checkArgument(!every.isNegative() && every.compareTo(Duration.ofSeconds(1)) >= 0,
                "interval %s is shorter than one second", every);
    }

    /**
     * Parses {@code 6h}, {@code 30m}, {@code 90s}, {@code 1d}, combinations such as {@code 1h30m},
     * or ISO-8601 such as {@code PT6H}.
     */
    public static IntervalSchedule parse(String text) {
        return new IntervalSchedule(parseDuration(text));
    }

    /** The duration syntax of {@link #parse}, also used for timeouts on the command line. */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("duration '" + text + "' is not valid ISO-8601 (for example PT6H)");
            }
        }
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
            end = m.end();
        }
        if (t.isEmpty() || end != t.length()) {
            throw new IllegalArgumentException("duration '" + text + "' is not understood; write it like 6h, 30m, 90s, 1d or 1h30m");
        }
        return total;
    }

    @Override
    public Instant nextAfter(Instant after) {
        return after.plus(every);
    }

    @Override
    public boolean runsAtStart() {
        return true;
    }

    @Override
    public String describe() {
        return "every " + every.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
