package org.switchover.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A classic five-field cron schedule ({@code minute hour day-of-month month day-of-week}) in a
 * time zone, with the usual Vixie cron meanings: names for months and weekdays, 0 and 7 both
 * Sunday, and a day that matches when either day field matches if both are restricted.
 * Also {@code @hourly}, {@code @daily}, {@code @weekly}, {@code @monthly}, {@code @yearly}.
 */
public final class CronSchedule implements Schedule {

    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final Map<String, String> MACROS = Map.of(
            "@hourly", "0 * * * *", "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@weekly", "0 0 * * 0",
            "@monthly", "0 0 1 * *", "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *");
    // a schedule that has not fired in this many years never will (leap days recur within 8)
    private static final int SEARCH_YEARS = 9;

    private final String expression;
    private final ZoneId zone;
    private final CronField minute;
    private final CronField hour;
    private final CronField dayOfMonth;
    private final CronField month;
    private final CronField dayOfWeek;

    private CronSchedule(String expression, ZoneId zone, String[] f) {
        this.expression = expression;
        this.zone = zone;
        this.minute = CronField.parse("minute", f[0], 0, 59, List.of());
        this.hour = CronField.parse("hour", f[1], 0, 23, List.of());
        this.dayOfMonth = CronField.parse("day-of-month", f[2], 1, 31, List.of());
        this.month = CronField.parse("month", f[3], 1, 12, MONTHS);
        this.dayOfWeek = CronField.parse("day-of-week", f[4], 0, 7, DAYS);
    }

    /** Parses {@code expression}; a schedule that can never fire (30 February) is refused. */
    public static CronSchedule parse(String expression, ZoneId zone) {
        String e = expression.trim();
        String expanded = MACROS.getOrDefault(e.toLowerCase(Locale.ROOT), e);
        String[] fields = expanded.split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("cron expression '" + expression + "' has " + fields.length
                    + " fields; write five: minute hour day-of-month month day-of-week, e.g. '0 */6 * * *'");
        }
        CronSchedule s = new CronSchedule(e, zone, fields);
        if (s.search(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, zone)) == null) {
            throw new IllegalArgumentException("cron expression '" + expression + "' never fires (no such date)");
        }
        return s;
    }

    @Override
    public Instant nextAfter(Instant after) {
        ZonedDateTime start = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime found = search(start);
        if (found == null) throw new IllegalStateException("cron expression '" + expression + "' never fires");
        return found.toInstant();
    }

    private ZonedDateTime search(ZonedDateTime from) {
        ZonedDateTime t = from;
        int lastYear = from.getYear() + SEARCH_YEARS;
        while (t.getYear() <= lastYear) {
            if (!month.matches(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hour.matches(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minute.matches(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        return null;
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dom = dayOfMonth.matches(t.getDayOfMonth());
        int dowValue = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue();
        boolean dow = dayOfWeek.matches(dowValue) || (dowValue == 0 && dayOfWeek.matches(7));
        if (dayOfMonth.restricted() && dayOfWeek.restricted()) return dom || dow;
        return dom && dow;
    }

    @Override
    public boolean runsAtStart() {
        return false;
    }

    @Override
    public String describe() {
        return "cron '" + expression + "' (" + zone + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
