package org.switchover.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.switchover.inventory.Suppression;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditFindingKind;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditSuppressions;

/** Reports with one device of every outcome, and hostile text where device data goes. */
final class AuditReportSamples {

    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    static final Suppression CLOCK = new Suppression("*", "/system/clock", "clock set by NTP <ops>");
    static final Suppression UNUSED = new Suppression("core1", "/acl", "ACLs handed to security team");
    static final AuditFinding DESCRIPTION = new AuditFinding("dist1", AuditFindingKind.CONFIG_DRIFT,
            "/interfaces/interface[name=ge-0/0/1]/config/description", "uplink to core1", "<script>alert(1)</script> & \"x\"",
            "value differs from golden");

    private AuditReportSamples() {}

    static AuditReport mixed() {
        AuditSuppressions sup = AuditSuppressions.of(List.of(CLOCK, UNUSED));
        List<AuditDeviceResult> devices = List.of(
                AuditDeviceResult.of("core1", List.of(), sup, Duration.ofMillis(31)),
                AuditDeviceResult.of("dist1", List.of(DESCRIPTION,
                        new AuditFinding("dist1", AuditFindingKind.PORT_DOWN, "/state/interface[name=ge-0/0/2]/oper-status", "up", "down",
                                "port ge-0/0/2 (cabled to acc1:ge-0/0/48) is down"),
                        new AuditFinding("dist1", AuditFindingKind.CONFIG_DRIFT, "/system/clock/config/timezone-name", "Europe/Amsterdam",
                                "UTC", "value differs from golden")), sup, Duration.ofMillis(52)),
                AuditDeviceResult.of("acc1", List.of(new AuditFinding("acc1", AuditFindingKind.CABLING,
                        "/state/lldp/neighbor[port=ge-0/0/48]", "dist1:ge-0/0/2", "dist2:ge-0/0/7",
                        "port ge-0/0/48 should reach dist1:ge-0/0/2 but hears dist2:ge-0/0/7")), sup, Duration.ofMillis(44)),
                AuditDeviceResult.of("acc2", List.of(new AuditFinding("acc2", AuditFindingKind.UNREACHABLE, "/", null, null,
                        "connection refused at 127.0.0.1:2204")), sup, Duration.ofMillis(1500)),
                AuditDeviceResult.of("acc3", List.of(new AuditFinding("acc3", AuditFindingKind.HOST_KEY_CHANGED, "/", null, null,
                        "host key for 127.0.0.1:2205 differs from known_hosts; not accepted")), sup, Duration.ofMillis(20)));
        return AuditReport.of("city", T0, T0.plusMillis(1830), devices, List.of(CLOCK, UNUSED), List.of())
                .withHistory(42, Map.of(DESCRIPTION.key(), T0.minus(Duration.ofDays(3))));
    }

    static AuditReport clean() {
        return AuditReport.of("city", T0, T0.plusMillis(800), List.of(
                AuditDeviceResult.of("core1", List.of(), AuditSuppressions.none(), Duration.ofMillis(31)),
                AuditDeviceResult.of("core2", List.of(), AuditSuppressions.none(), Duration.ofMillis(33))), List.of(), List.of());
    }
}
