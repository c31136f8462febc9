package org.switchover.report;

import static org.switchover.report.HtmlText.escape;

import java.util.Locale;
import org.switchover.inventory.Suppression;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditFindingKind;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditSuppressions.Suppressed;

/**
 * One self-contained HTML page (inline style and script, no network): a device table sortable
 * by any column, then per device its findings and config diff, then the suppressions. Every
 * value from devices or the site is escaped.
 */
public final class AuditHtmlReport implements AuditReportRenderer {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            th{background:#eee;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" \\25B2"}
            th[aria-sort=descending]::after{content:" \\25BC"}
            .clean{color:#176317}.drift{color:#9a5b00}.unreachable,.host-key-changed{color:#b00020;font-weight:bold}
            pre.diff{background:#f7f7f7;padding:.6em;overflow-x:auto}.del{color:#b00020}.add{color:#176317}
            """;

    // sorts the device table by the clicked column; numbers by data-sort, text otherwise
    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable th').forEach(function(th, col) {
              th.addEventListener('click', function() {
                var table = th.closest('table'), body = table.tBodies[0];
                var asc = th.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('th').forEach(function(h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                var key = function(row) { var c = row.cells[col]; return c.dataset.sort !== undefined ? c.dataset.sort : c.textContent; };
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function(a, b) {
                  var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
                  var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                  return asc ? r : -r;
                });
                rows.forEach(function(row) { body.appendChild(row); });
              });
            });
            """;

    @Override
    public String render(AuditReport r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Audit of ")
                .append(escape(r.site())).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>Audit of site ").append(escape(r.site())).append("</h1>\n<p>")
                .append(escape(r.started().toString())).append(" &ndash; ").append(escape(r.finished().toString()))
                .append(r.auditId().map(id -> ", audit " + id).orElse("")).append(". Exit code ").append(r.exitCode())
                .append(".</p>\n<p>").append(r.devices().size()).append(" devices: ");
        for (AuditOutcome o : AuditOutcome.values()) {
            h.append("<span class=\"").append(css(o)).append("\">").append(r.count(o)).append(' ')
                    .append(AuditTextReport.outcomeLabel(o)).append("</span> ");
        }
        h.append("</p>\n");
        if (!r.notAudited().isEmpty()) {
            h.append("<p class=\"unreachable\">Not audited (stopped before their turn): ")
                    .append(escape(String.join(", ", r.notAudited()))).append("</p>\n");
        }
        deviceTable(h, r);
        for (AuditDeviceResult d : r.worstFirst()) {
            if (d.outcome() != AuditOutcome.CLEAN || !d.suppressed().isEmpty()) deviceSection(h, r, d);
        }
        suppressionSection(h, r);
        h.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void deviceTable(StringBuilder h, AuditReport r) {
        h.append("<table class=\"sortable\" id=\"devices\"><thead><tr><th>Device</th><th>Outcome</th><th>Findings</th>")
                .append("<th>Suppressed</th><th>Time (ms)</th></tr></thead><tbody>\n");
        for (AuditDeviceResult d : r.worstFirst()) {
            boolean detail = d.outcome() != AuditOutcome.CLEAN || !d.suppressed().isEmpty();
            h.append("<tr><td>");
            if (detail) h.append("<a href=\"#").append(anchor(d.device())).append("\">").append(escape(d.device())).append("</a>");
            else h.append(escape(d.device()));
            h.append("</td><td class=\"").append(css(d.outcome())).append("\" data-sort=\"").append(d.outcome().ordinal())
                    .append(d.outcome().name().toLowerCase(Locale.ROOT)).append("\">").append(AuditTextReport.outcomeLabel(d.outcome()))
                    .append("</td><td>").append(d.findings().size()).append("</td><td>").append(d.suppressed().size())
                    .append("</td><td>").append(d.elapsed().toMillis()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void deviceSection(StringBuilder h, AuditReport r, AuditDeviceResult d) {
        h.append("<section id=\"").append(anchor(d.device())).append("\"><h2>").append(escape(d.device()))
                .append(" <span class=\"").append(css(d.outcome())).append("\">").append(AuditTextReport.outcomeLabel(d.outcome()))
                .append("</span></h2>\n");
        if (!d.findings().isEmpty()) {
            h.append("<table><thead><tr><th>Kind</th><th>Path</th><th>Expected</th><th>Found</th><th>Message</th>")
                    .append("<th>First seen</th></tr></thead><tbody>\n");
            for (AuditFinding f : d.findings()) {
                h.append("<tr><td>").append(escape(f.kind().label())).append("</td><td><code>").append(escape(f.path()))
                        .append("</code></td><td>").append(escape(f.expected())).append("</td><td>").append(escape(f.actual()))
                        .append("</td><td>").append(escape(f.message())).append("</td><td>")
                        .append(escape(r.firstSeen(f).toString())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        diff(h, d);
        for (Suppressed s : d.suppressed()) {
            h.append("<p>Suppressed: ").append(escape(s.finding().kind().label())).append(" at <code>")
                    .append(escape(s.finding().path())).append("</code> &mdash; ").append(escape(s.by().reason())).append("</p>\n");
        }
        h.append("</section>\n");
    }

    /** The config drift as a diff: {@code -} what runs, {@code +} what golden says. */
    private static void diff(StringBuilder h, AuditDeviceResult d) {
        var drift = d.findings().stream().filter(f -> f.kind() == AuditFindingKind.CONFIG_DRIFT).toList();
        if (drift.isEmpty()) return;
        h.append("<h3>Config diff (running &rarr; golden)</h3><pre class=\"diff\">");
        for (AuditFinding f : drift) {
            if (f.actual() != null) {
                h.append("<span class=\"del\">- ").append(escape(f.path())).append(" = ").append(escape(f.actual())).append("</span>\n");
            }
            if (f.expected() != null) {
                h.append("<span class=\"add\">+ ").append(escape(f.path())).append(" = ").append(escape(f.expected())).append("</span>\n");
            }
        }
        h.append("</pre>\n");
    }

    private static void suppressionSection(StringBuilder h, AuditReport r) {
        h.append("<h2>Suppressions from the site file</h2>\n");
        if (r.suppressions().isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table><thead><tr><th>Device</th><th>Path</th><th>Reason</th><th>Hid</th></tr></thead><tbody>\n");
        for (Suppression s : r.suppressions()) {
            h.append("<tr><td>").append(escape(s.device())).append("</td><td><code>").append(escape(s.path()))
                    .append("</code></td><td>").append(escape(s.reason())).append("</td><td>").append(r.hiddenBy(s))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String css(AuditOutcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An id attribute value safe for any device name. */
    private static String anchor(String device) {
        return "device-" + device.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
