package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.audit.AuditFixtures.configDrift;
import static org.switchover.audit.AuditFixtures.finding;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;

class AuditJournalTest {

    @TempDir
    Path dir;

    private static AuditReport report(Instant at, AuditDeviceResult... devices) {
        return AuditReport.of("unit", at, at.plusSeconds(1), List.of(devices), List.of(), List.of());
    }

    private static AuditDeviceResult device(String name, AuditFinding... findings) {
        return AuditDeviceResult.of(name, List.of(findings), AuditSuppressions.none(), Duration.ofMillis(5));
    }

    @Test
    void findingsKeepTheirFirstSeenAcrossAuditsAndResolveWhenGone() {
        Instant t1 = Instant.parse("2026-11-28T06:00:00Z");
        Instant t2 = t1.plus(Duration.ofHours(6));
        Instant t3 = t2.plus(Duration.ofHours(6));
        AuditFinding drift = configDrift("acc1", "/interfaces/interface[name=eth1]/config/description", "x", "y");
        AuditFinding down = finding("acc1", AuditFindingKind.PORT_DOWN, "/state/interface[name=eth2]/oper-status", "down");
        try (Journal j1 = Journal.open(dir.resolve("j.db"), Clock.fixed(t1, ZoneOffset.UTC))) {
            AuditJournal aj = new AuditJournal(j1);
            AuditReport r1 = aj.record(aj.begin("site.yaml", List.of("audit")), report(t1, device("acc1", drift), device("core1")));
            assertThat(r1.firstSeen(drift)).isEqualTo(t1);
            assertThat(r1.auditId()).isPresent();
        }
        try (Journal j2 = Journal.open(dir.resolve("j.db"), Clock.fixed(t2, ZoneOffset.UTC))) {
            AuditJournal aj = new AuditJournal(j2);
            AuditReport r2 = aj.record(aj.begin("site.yaml", List.of("audit")), report(t2, device("acc1", drift, down), device("core1")));
            assertThat(r2.firstSeen(drift)).as("seen before").isEqualTo(t1);
            assertThat(r2.firstSeen(down)).as("new").isEqualTo(t2);
            var open = aj.openFindings();
            assertThat(open).hasSize(2);
            assertThat(open.get(0).lastSeen()).isEqualTo(t2);
            assertThat(open.get(0).firstSeen()).isEqualTo(t1);
        }
        try (Journal j3 = Journal.open(dir.resolve("j.db"), Clock.fixed(t3, ZoneOffset.UTC))) {
            AuditJournal aj = new AuditJournal(j3);
            // acc1 unreachable now: its earlier findings stay open, nothing is resolved
            aj.record(aj.begin("site.yaml", List.of("audit")), report(t3,
                    device("acc1", finding("acc1", AuditFindingKind.UNREACHABLE, "/", "refused")), device("core1")));
            assertThat(aj.openFindings()).extracting(f -> f.kind())
                    .containsExactlyInAnyOrder("CONFIG_DRIFT", "PORT_DOWN", "UNREACHABLE");
            var history = aj.history(10);
            assertThat(history).hasSize(3);
            assertThat(history.get(0).unreachable()).isEqualTo(1);
            assertThat(history.get(1).drifted()).isEqualTo(1);
            assertThat(history.get(2).run().outcome()).contains(Outcome.FINDINGS);
        }
        try (Journal j4 = Journal.open(dir.resolve("j.db"), Clock.fixed(t3.plusSeconds(60), ZoneOffset.UTC))) {
            AuditJournal aj = new AuditJournal(j4);
            AuditReport clean = aj.record(aj.begin("site.yaml", List.of("audit")), report(t3, device("acc1"), device("core1")));
            assertThat(aj.openFindings()).isEmpty();
            assertThat(aj.history(1).get(0).run().outcome()).contains(Outcome.OK);
            assertThat(clean.exitCode()).isZero();
        }
    }
}
