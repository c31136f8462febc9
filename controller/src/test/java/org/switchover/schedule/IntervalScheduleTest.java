package org.switchover.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalScheduleTest {

    @Test
    void parsesShortAndIsoForms() {
        assertThat(IntervalSchedule.parseDuration("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(IntervalSchedule.parseDuration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(IntervalSchedule.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(IntervalSchedule.parseDuration("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(IntervalSchedule.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(IntervalSchedule.parseDuration(" 2H ")).isEqualTo(Duration.ofHours(2));
        assertThat(IntervalSchedule.parseDuration("PT6H")).isEqualTo(Duration.ofHours(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6", "h", "6x", "6h junk", "-5m", "1.5h", "PTxH"})
    void refusesWhatItCannotRead(String text) {
        assertThatThrownBy(() -> IntervalSchedule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void refusesIntervalsUnderASecond() {
        assertThatThrownBy(() -> IntervalSchedule.parse("0s")).hasMessageContaining("shorter than one second");
    }

    @Test
    void runsAtStartThenEveryInterval() {
        var s = IntervalSchedule.parse("6h");
        assertThat(s.runsAtStart()).isTrue();
        assertThat(s.nextAfter(Instant.parse("2026-11-28T10:00:00Z"))).isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
        assertThat(s.describe()).isEqualTo("every 6h");
    }
}
