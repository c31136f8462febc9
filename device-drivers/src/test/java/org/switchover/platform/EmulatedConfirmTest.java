package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchover.driver.DriverException;

class EmulatedConfirmTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> timedOut = new CopyOnWriteArrayList<>();
    private final EmulatedConfirm confirm = new EmulatedConfirm("sw1", clock, timedOut::add);

    @AfterEach
    void close() {
        confirm.close();
    }

    @Test
    void aConfirmInTimeClearsThePendingCommit() {
        confirm.start("p1", Duration.ofMinutes(2));
        assertThat(confirm.pending()).hasValueSatisfying(p -> assertThat(p.deadline()).isEqualTo(clock.instant().plusSeconds(120)));
        clock.advance(Duration.ofSeconds(119));
        assertThat(confirm.overdue()).isFalse();
        confirm.confirm("p1");
        assertThat(confirm.pending()).isEmpty();
    }

    @Test
    void pastTheDeadlineTheCommitIsOverdueAndOnceExpiredCannotBeConfirmed() {
        confirm.start("p1", Duration.ofMinutes(2));
        clock.advance(Duration.ofSeconds(121));
        assertThat(confirm.overdue()).isTrue();
        assertThat(confirm.expire("p1")).isTrue();
        assertThat(confirm.expire("p1")).as("only once").isFalse();
        assertThatThrownBy(() -> confirm.confirm("p1"))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("'p1' on sw1 was not confirmed within its timeout");
    }

    @Test
    void aWrongPersistIdIsRefusedNamingThePendingOne() {
        confirm.start("p1", Duration.ofMinutes(2));
        assertThatThrownBy(() -> confirm.cancel("p2")).isInstanceOf(DriverException.class)
                .hasMessageContaining("no confirmed commit 'p2' is pending on sw1 (pending: 'p1')");
        assertThat(confirm.pending()).isPresent();
    }

    @Test
    void theTimerReportsTheExpiredIdWhenNobodyConfirms() throws InterruptedException {
        confirm.start("p1", Duration.ofMillis(20));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (timedOut.isEmpty() && System.nanoTime() < deadline) Thread.sleep(5);
        assertThat(timedOut).containsExactly("p1");
    }

    @Test
    void aConfirmedCommitNeverFiresTheTimer() throws InterruptedException {
        confirm.start("p1", Duration.ofMillis(50));
        confirm.confirm("p1");
        Thread.sleep(150);
        assertThat(timedOut).isEmpty();
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
