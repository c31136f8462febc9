package org.switchover.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import org.switchover.audit.AuditSuppressions.Suppressed;

/**
 * The audit of one device: the findings that count, those a suppression hid, and how long it
 * took. The outcome follows from the findings.
 */
public record AuditDeviceResult(String device, List<AuditFinding> findings, List<Suppressed> suppressed, Duration elapsed) {

    public AuditDeviceResult {
        requireNonNull(device, "device");
        findings = ImmutableList.copyOf(findings);
        suppressed = ImmutableList.copyOf(suppressed);
        requireNonNull(elapsed, "elapsed");
    }

    /** Splits {@code raw} findings with {@code suppressions}. */
    public static AuditDeviceResult of(String device, List<AuditFinding> raw, AuditSuppressions suppressions, Duration elapsed) {
        AuditSuppressions.Split split = suppressions.split(raw);
        return new AuditDeviceResult(device, split.active(), split.suppressed(), elapsed);
    }

    public AuditOutcome outcome() {
        if (has(AuditFindingKind.HOST_KEY_CHANGED)) return AuditOutcome.HOST_KEY_CHANGED;
        if (has(AuditFindingKind.UNREACHABLE)) return AuditOutcome.UNREACHABLE;
        return findings.isEmpty() ? AuditOutcome.CLEAN : AuditOutcome.DRIFT;
    }

    public boolean has(AuditFindingKind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }

    public List<AuditFinding> findingsOf(AuditFindingKind.Category category) {
        return findings.stream().filter(f -> f.kind().category() == category).toList();
    }

    /** Config drift counts for remediation only when the device was reachable and nothing blocks a push. */
    public boolean remediable() {
        return outcome() == AuditOutcome.DRIFT && has(AuditFindingKind.CONFIG_DRIFT);
    }
}
