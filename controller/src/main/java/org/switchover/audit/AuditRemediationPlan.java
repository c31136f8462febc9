package org.switchover.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --remediate} would do, computed from an audit report before anything is touched:
 * push golden to each device with config drift; leave alone devices that could not be audited
 * and devices whose drift is state only (a shut port or a moved cable is not fixed by config).
 */
public record AuditRemediationPlan(List<Push> pushes, List<Skip> skipped) {

    /** A device to receive its golden config, the drift that fixes, and suppressed drift it would also reset. */
    public record Push(String device, List<AuditFinding> fixes, List<AuditFinding> alsoResets) {
        public Push {
            fixes = ImmutableList.copyOf(fixes);
            alsoResets = ImmutableList.copyOf(alsoResets);
        }
    }

    /** A device with findings that remediation leaves alone, and why. */
    public record Skip(String device, String reason) {}

    public AuditRemediationPlan {
        pushes = ImmutableList.copyOf(pushes);
        skipped = ImmutableList.copyOf(skipped);
    }

    public static AuditRemediationPlan of(AuditReport report) {
        List<Push> pushes = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (AuditDeviceResult d : report.devices()) {
            switch (d.outcome()) {
                case CLEAN -> { }
                case UNREACHABLE -> skipped.add(new Skip(d.device(), "unreachable: never pushed to"));
                case HOST_KEY_CHANGED -> skipped.add(new Skip(d.device(), "host key changed: never pushed to until verified"));
                case DRIFT -> {
                    List<AuditFinding> config = d.findingsOf(AuditFindingKind.Category.CONFIG);
                    if (config.isEmpty()) {
                        skipped.add(new Skip(d.device(), "state drift only (" + d.findings().size()
                                + " finding(s)): needs hands on ports or cables, not a config push"));
                    } else {
                        List<AuditFinding> resets = d.suppressed().stream().map(AuditSuppressions.Suppressed::finding)
                                .filter(f -> f.kind() == AuditFindingKind.CONFIG_DRIFT).toList();
                        pushes.add(new Push(d.device(), config, resets));
                    }
                }
            }
        }
        return new AuditRemediationPlan(pushes, skipped);
    }

    public boolean isEmpty() {
        return pushes.isEmpty();
    }

    /** The plan as people read it before saying yes. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (pushes.isEmpty()) s.append("remediation: nothing to push (no device has config drift)\n");
        for (Push p : pushes) {
            s.append("would push golden config to ").append(p.device()).append(" under confirmed commit, fixing ")
                    .append(p.fixes().size()).append(" config difference(s):\n");
            for (AuditFinding f : p.fixes()) s.append("  ").append(f.path()).append('\n');
            for (AuditFinding f : p.alsoResets()) s.append("  also resets suppressed ").append(f.path()).append('\n');
        }
        for (Skip k : skipped) s.append("leaves ").append(k.device()).append(" alone: ").append(k.reason()).append('\n');
        return s.toString();
    }
}
