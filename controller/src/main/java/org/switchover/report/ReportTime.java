package org.switchover.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How reports write instants (in one zone, named once) and durations, for people to read. */
public record ReportTime(ZoneId zone) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public String at(Instant instant) {
        return FORMAT.withZone(zone).format(instant);
    }

    public String zoneName() {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** {@code 1 h 04 min 12 s}, {@code 4 min 02 s}, {@code 42 s}, {@code 0.3 s}. */
    public static String duration(Duration d) {
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long s = d.toSeconds();
        if (s < 10 && d.toMillis() % 1000 != 0) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min %02d s", s / 3600, s % 3600 / 60, s % 60);
    }
}
