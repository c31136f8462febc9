package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.report.AuditFormat;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditOptions;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditRunner;

class AuditLabIT {

    @TempDir
    static Path dir;

    static AuditLab lab;

    @BeforeAll
    static void start() throws Exception {
        lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"));
    }

    @AfterAll
    static void stop() {
        if (lab != null) lab.close();
    }

    @Test
    void aDeviceThatStopsAnsweringCostsItsTimeoutAndNothingMore() {
        lab.lab.delayReplies("dist-2", Duration.ofMinutes(5));
        try {
            long t0 = System.nanoTime();
            AuditReport report = AuditRunner.standard(Clock.systemUTC())
                    .run(lab.site, AuditOptions.defaults().withDeviceTimeout(Duration.ofSeconds(5)));
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            AuditDeviceResult hung = report.device("dist-2").orElseThrow();
            assertThat(hung.outcome()).isEqualTo(AuditOutcome.UNREACHABLE);
            assertThat(hung.findings().get(0).message()).contains("dist-2");
            assertThat(report.devices()).filteredOn(d -> !d.device().equals("dist-2"))
                    .allSatisfy(d -> assertThat(d.outcome()).as(d.device()).isEqualTo(AuditOutcome.CLEAN));
            assertThat(seconds).as("bounded by the hung device's timeout, not minutes").isLessThan(60);
        } finally {
            lab.lab.delayReplies("dist-2", Duration.ZERO);
        }
    }

    @Test
    void aCleanSiteAuditsClean() {
        AuditReport report = AuditRunner.standard(Clock.systemUTC()).run(lab.site, AuditOptions.defaults());
        System.out.println(AuditFormat.TEXT.render(report));
        assertThat(report.devices()).hasSize(lab.site.devices().size());
        assertThat(report.devices()).allSatisfy(d -> assertThat(d.outcome()).as(d.device() + " " + d.findings()).isEqualTo(AuditOutcome.CLEAN));
        assertThat(report.exitCode()).isZero();
    }
}
