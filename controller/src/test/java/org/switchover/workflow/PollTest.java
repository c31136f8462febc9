package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {

    /** A clock the pauses move forward. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void retriesUntilTheReadIsAcceptable() {
        ManualClock clock = new ManualClock();
        AtomicInteger reads = new AtomicInteger();
        Poll poll = new Poll(clock, d -> clock.now = clock.now.plus(d));

        int result = poll.until(reads::incrementAndGet, n -> n == 3, Duration.ofSeconds(10), Duration.ofMillis(200));

        assertThat(result).isEqualTo(3);
        assertThat(clock.now).isEqualTo(Instant.parse("2026-01-01T00:00:00.400Z"));
    }

    @Test
    void givesTheLastReadWhenTheDeadlinePasses() {
        ManualClock clock = new ManualClock();
        AtomicInteger reads = new AtomicInteger();
        Poll poll = new Poll(clock, d -> clock.now = clock.now.plus(d));

        int result = poll.until(reads::incrementAndGet, n -> false, Duration.ofSeconds(1), Duration.ofMillis(250));

        assertThat(result).isEqualTo(5);
    }
}
