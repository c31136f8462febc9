package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Junos's commit-configuration counts its confirm-timeout in minutes, NETCONF's commit in seconds. */
class JunosCommandsTest {

    @Test
    void secondsBecomeWholeMinutesRoundedUpSoTheDeviceNeverRollsBackEarly() {
        assertThat(JunosCommands.confirmMinutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(JunosCommands.confirmMinutes(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(JunosCommands.confirmMinutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(JunosCommands.confirmMinutes(Duration.ofSeconds(120))).isEqualTo(2);
        assertThat(JunosCommands.confirmMinutes(Duration.ofMillis(120_001))).isEqualTo(3);
        assertThat(JunosCommands.confirmMinutes(Duration.ofMinutes(65535))).isEqualTo(65535);
    }

    @Test
    void timeoutsJunosCannotHoldAreRefused() {
        assertThatThrownBy(() -> JunosCommands.confirmMinutes(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JunosCommands.confirmMinutes(Duration.ofMinutes(65536))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65535 minutes");
    }

    @Test
    void theConfirmedCommitCarriesMinutesAndItsPersistIdAsTheCommitLog() {
        assertThat(JunosCommands.commitConfirmed(Duration.ofSeconds(120), "run-7/wave-1"))
                .isEqualTo("<commit-configuration><confirmed/><confirm-timeout>2</confirm-timeout>"
                        + "<log>switchover run-7/wave-1</log></commit-configuration>");
        assertThat(JunosCommands.commit("a <b> & c")).isEqualTo("<commit-configuration><log>a &lt;b&gt; &amp; c</log></commit-configuration>");
    }
}
