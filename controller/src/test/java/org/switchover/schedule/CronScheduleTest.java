package org.switchover.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    private static Instant next(String expr, String after) {
        return CronSchedule.parse(expr, ZoneOffset.UTC).nextAfter(Instant.parse(after));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource(delimiter = '|', value = {
        "* * * * *          | 2026-11-28T10:00:00Z | 2026-11-28T10:01:00Z",
        "* * * * *          | 2026-11-28T10:00:59Z | 2026-11-28T10:01:00Z",
        "0 */6 * * *        | 2026-11-28T10:00:00Z | 2026-11-28T12:00:00Z",
        "0 */6 * * *        | 2026-11-28T18:00:00Z | 2026-11-29T00:00:00Z",
        "30 2 * * *         | 2026-11-28T02:30:00Z | 2026-11-29T02:30:00Z",
        "*/15 9-17 * * 1-5  | 2026-11-27T17:45:00Z | 2026-11-30T09:00:00Z",
        "0 0 1 * *          | 2026-12-15T00:00:00Z | 2027-01-01T00:00:00Z",
        "0 0 29 2 *         | 2026-03-01T00:00:00Z | 2028-02-29T00:00:00Z",
        "0 12 * JAN,jul SUN | 2026-11-28T00:00:00Z | 2027-01-03T12:00:00Z",
        "0 0 * * 7          | 2026-11-28T00:00:00Z | 2026-11-29T00:00:00Z",
        "5/20 * * * *       | 2026-11-28T10:26:00Z | 2026-11-28T10:45:00Z",
        "0 0 13 * 5         | 2026-11-28T00:00:00Z | 2026-12-04T00:00:00Z",
        "@daily             | 2026-11-28T10:00:00Z | 2026-11-29T00:00:00Z",
        "@hourly            | 2026-11-28T10:00:00Z | 2026-11-28T11:00:00Z",
        "10-50/20 3 * * *   | 2026-11-28T03:31:00Z | 2026-11-28T03:50:00Z",
    })
    void nextRunTimes(String expr, String after, String expected) {
        assertThat(next(expr.strip(), after.strip())).isEqualTo(Instant.parse(expected.strip()));
    }

    @Test
    void bothDayFieldsRestrictedMeansEither() {
        // 13th of the month OR a Friday: Friday 4 December comes before the 13th
        assertThat(next("0 0 13 * FRI", "2026-12-01T00:00:00Z")).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        // only the day-of-month restricted: the 13th whatever the weekday
        assertThat(next("0 0 13 * *", "2026-12-01T00:00:00Z")).isEqualTo(Instant.parse("2026-12-13T00:00:00Z"));
    }

    @Test
    void honoursTheTimeZoneAcrossDaylightSaving() {
        ZoneId ams = ZoneId.of("Europe/Amsterdam");
        var daily = CronSchedule.parse("0 3 * * *", ams);
        // clocks go back on 25 October 2026: 03:00 local is 02:00Z after it, 01:00Z before
        assertThat(daily.nextAfter(Instant.parse("2026-10-24T02:00:00Z"))).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(daily.nextAfter(Instant.parse("2026-10-23T02:00:00Z"))).isEqualTo(Instant.parse("2026-10-24T01:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "* * * *          | has 4 fields",
        "60 * * * *       | minute field '60' has 60, outside 0-59",
        "* 24 * * *       | hour field '24' has 24, outside 0-23",
        "* * 0 * *        | day-of-month field '0' has 0, outside 1-31",
        "* * * 13 *       | month field '13' has 13, outside 1-12",
        "* * * * 8        | day-of-week field '8' has 8, outside 0-7",
        "5-1 * * * *      | runs backwards",
        "*/0 * * * *      | has 0, outside 1-60",
        "x * * * *        | neither a number nor a known name",
        "1,,2 * * * *     | empty list item",
        "0 0 31 4 *       | never fires",
        "0 0 30 2 *       | never fires",
    })
    void refusesBadExpressionsWithAReason(String expr, String reason) {
        assertThatThrownBy(() -> CronSchedule.parse(expr.strip(), ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason.strip());
    }

    @Test
    void waitsForItsFirstSlotAndDescribesItself() {
        var s = CronSchedule.parse("0 */6 * * *", ZoneOffset.UTC);
        assertThat(s.runsAtStart()).isFalse();
        assertThat(s.describe()).isEqualTo("cron '0 */6 * * *' (Z)");
    }
}
