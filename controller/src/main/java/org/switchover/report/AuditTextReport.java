package org.switchover.report;

import java.util.List;
import java.util.Locale;
import org.switchover.inventory.Suppression;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditSuppressions.Suppressed;

/** The default terminal summary: one verdict line, then only the devices that need attention. */
public final class AuditTextReport implements AuditReportRenderer {

    @Override
    public String render(AuditReport r) {
        StringBuilder out = new StringBuilder();
        out.append(headline(r)).append('\n');
        for (AuditDeviceResult d : r.worstFirst()) {
            if (d.outcome() == AuditOutcome.CLEAN && d.suppressed().isEmpty()) continue;
            out.append('\n').append(d.device()).append("  ").append(outcomeLabel(d.outcome()));
            out.append("  (").append(d.elapsed().toMillis()).append(" ms)\n");
            for (AuditFinding f : d.findings()) out.append(findingLine(r, f));
            for (Suppressed s : d.suppressed()) {
                out.append("  suppressed  ").append(s.finding().kind().label()).append(" at ").append(s.finding().path())
                        .append(": ").append(s.by().reason()).append('\n');
            }
        }
        if (!r.notAudited().isEmpty()) {
            out.append("\nnot audited (stopped before their turn): ").append(String.join(", ", r.notAudited())).append('\n');
        }
        out.append(suppressionSection(r));
        out.append('\n').append(verdict(r)).append('\n');
        return out.toString();
    }

    static String outcomeLabel(AuditOutcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String headline(AuditReport r) {
        return "audit of site " + r.site() + r.auditId().map(id -> " (audit " + id + ")").orElse("") + ": "
                + r.devices().size() + " devices in " + seconds(r) + ": "
                + r.count(AuditOutcome.CLEAN) + " clean, " + r.count(AuditOutcome.DRIFT) + " drift, "
                + r.count(AuditOutcome.UNREACHABLE) + " unreachable, " + r.count(AuditOutcome.HOST_KEY_CHANGED)
                + " host key changed";
    }

    private static String seconds(AuditReport r) {
        return String.format(Locale.ROOT, "%.1fs", r.elapsed().toMillis() / 1000.0);
    }

    private static String findingLine(AuditReport r, AuditFinding f) {
        StringBuilder s = new StringBuilder("  ").append(f.kind().label()).append(" at ").append(f.path()).append(": ").append(f.message());
        if (f.expected() != null || f.actual() != null) {
            s.append(" [expected ").append(show(f.expected())).append(", found ").append(show(f.actual())).append(']');
        }
        if (r.auditId().isPresent()) s.append(" (first seen ").append(r.firstSeen(f)).append(')');
        return s.append('\n').toString();
    }

    private static String show(String v) {
        return v == null ? "nothing" : '"' + v + '"';
    }

    private static String suppressionSection(AuditReport r) {
        List<Suppression> all = r.suppressions();
        if (all.isEmpty()) return "";
        StringBuilder s = new StringBuilder("\nsuppressions from the site file (").append(all.size()).append("):\n");
        for (Suppression x : all) {
            s.append("  ").append(x.device()).append(' ').append(x.path()).append(": ").append(x.reason())
                    .append(" (hid ").append(r.hiddenBy(x)).append(")\n");
        }
        return s.toString();
    }

    private static String verdict(AuditReport r) {
        return switch (r.exitCode()) {
            case AuditReport.EXIT_CLEAN -> "clean: every device matches its golden configuration and intended state";
            case AuditReport.EXIT_DRIFT -> "drift found on " + r.count(AuditOutcome.DRIFT) + " device(s)";
            default -> "incomplete: " + (r.count(AuditOutcome.UNREACHABLE) + r.count(AuditOutcome.HOST_KEY_CHANGED)
                    + r.notAudited().size()) + " device(s) could not be audited"
                    + (r.count(AuditOutcome.DRIFT) > 0 ? "; drift found on " + r.count(AuditOutcome.DRIFT) + " device(s)" : "");
        };
    }
}
