package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.audit.AuditFixtures.T0;
import static org.switchover.audit.AuditFixtures.configDrift;
import static org.switchover.audit.AuditFixtures.finding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchover.inventory.Suppression;

class AuditReportTest {

    private static AuditDeviceResult result(String device, AuditFinding... findings) {
        return AuditDeviceResult.of(device, List.of(findings), AuditSuppressions.none(), Duration.ofMillis(40));
    }

    private static AuditReport report(List<String> notAudited, AuditDeviceResult... devices) {
        return AuditReport.of("unit", T0, T0.plusSeconds(2), List.of(devices), List.of(), notAudited);
    }

    @Test
    void outcomesFollowTheWorstFinding() {
        assertThat(result("a").outcome()).isEqualTo(AuditOutcome.CLEAN);
        assertThat(result("a", configDrift("a", "/x", "1", "2")).outcome()).isEqualTo(AuditOutcome.DRIFT);
        assertThat(result("a", finding("a", AuditFindingKind.UNREACHABLE, "/", "refused")).outcome()).isEqualTo(AuditOutcome.UNREACHABLE);
        assertThat(result("a", finding("a", AuditFindingKind.HOST_KEY_CHANGED, "/", "key")).outcome())
                .isEqualTo(AuditOutcome.HOST_KEY_CHANGED);
    }

    @Test
    void exitCodeIsZeroOneOrThree() {
        assertThat(report(List.of(), result("a"), result("b")).exitCode()).isZero();
        assertThat(report(List.of(), result("a"), result("b", configDrift("b", "/x", "1", "2"))).exitCode()).isEqualTo(1);
        assertThat(report(List.of(), result("a", configDrift("a", "/x", "1", "2")),
                result("b", finding("b", AuditFindingKind.UNREACHABLE, "/", "refused"))).exitCode()).isEqualTo(3);
        assertThat(report(List.of(), result("a", finding("a", AuditFindingKind.HOST_KEY_CHANGED, "/", "k"))).exitCode()).isEqualTo(3);
        assertThat(report(List.of("c"), result("a")).exitCode()).as("stopped before c").isEqualTo(3);
    }

    @Test
    void onlySuppressedDriftIsCleanAndCountsAgainstItsSuppression() {
        Suppression s = new Suppression("*", "/system", "managed elsewhere");
        var d = AuditDeviceResult.of("a", List.of(configDrift("a", "/system/ntp", "x", "y")), AuditSuppressions.of(List.of(s)),
                Duration.ZERO);
        var r = AuditReport.of("unit", T0, T0, List.of(d), List.of(s), List.of());
        assertThat(d.outcome()).isEqualTo(AuditOutcome.CLEAN);
        assertThat(r.exitCode()).isZero();
        assertThat(r.hiddenBy(s)).isEqualTo(1);
    }

    @Test
    void remediableOnlyWithConfigDriftOnAReachableDevice() {
        assertThat(result("a", configDrift("a", "/x", "1", "2")).remediable()).isTrue();
        assertThat(result("a", finding("a", AuditFindingKind.PORT_DOWN, "/state", "down")).remediable()).isFalse();
        assertThat(result("a", configDrift("a", "/x", "1", "2"), finding("a", AuditFindingKind.UNREACHABLE, "/", "lost")).remediable())
                .isFalse();
    }

    @Test
    void firstSeenComesFromHistoryOrThisAudit() {
        var f = configDrift("a", "/x", "1", "2");
        var r = report(List.of(), result("a", f));
        assertThat(r.firstSeen(f)).isEqualTo(T0);
        var stored = r.withHistory(7, Map.of(f.key(), T0.minusSeconds(3600)));
        assertThat(stored.firstSeen(f)).isEqualTo(T0.minusSeconds(3600));
        assertThat(stored.auditId()).contains(7L);
    }

    @Test
    void worstFirstOrdersByOutcomeThenName() {
        var r = report(List.of(), result("b"), result("a", configDrift("a", "/x", "1", "2")),
                result("c", finding("c", AuditFindingKind.UNREACHABLE, "/", "x")), result("a2"));
        assertThat(r.worstFirst()).extracting(AuditDeviceResult::device).containsExactly("c", "a", "a2", "b");
    }
}
