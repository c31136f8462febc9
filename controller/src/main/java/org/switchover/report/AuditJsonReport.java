package org.switchover.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.switchover.inventory.Suppression;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditSuppressions.Suppressed;

/**
 * The machine-readable report: one JSON object with the summary, every device (clean ones too)
 * with its findings and suppressed findings, and the site's suppressions. Field names are
 * lower camel case; enum values are lower kebab case.
 */
public final class AuditJsonReport implements AuditReportRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(AuditReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("site", r.site());
        if (r.auditId().isPresent()) root.put("auditId", r.auditId().get());
        else root.putNull("auditId");
        root.put("started", r.started().toString());
        root.put("finished", r.finished().toString());
        root.put("elapsedMs", r.elapsed().toMillis());
        root.put("exitCode", r.exitCode());
        ObjectNode summary = root.putObject("summary");
        summary.put("devices", r.devices().size());
        for (AuditOutcome o : AuditOutcome.values()) summary.put(camel(o), r.count(o));
        summary.put("notAudited", r.notAudited().size());
        ArrayNode devices = root.putArray("devices");
        for (AuditDeviceResult d : r.devices()) devices.add(device(r, d));
        ArrayNode suppressions = root.putArray("suppressions");
        for (Suppression s : r.suppressions()) suppressions.add(suppression(s).put("hidden", r.hiddenBy(s)));
        ArrayNode skipped = root.putArray("notAudited");
        r.notAudited().forEach(skipped::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode device(AuditReport r, AuditDeviceResult d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("device", d.device());
        n.put("outcome", kebab(d.outcome().name()));
        n.put("elapsedMs", d.elapsed().toMillis());
        ArrayNode findings = n.putArray("findings");
        for (AuditFinding f : d.findings()) findings.add(finding(f).put("firstSeen", r.firstSeen(f).toString()));
        ArrayNode suppressed = n.putArray("suppressed");
        for (Suppressed s : d.suppressed()) {
            ObjectNode x = finding(s.finding());
            x.set("suppression", suppression(s.by()));
            suppressed.add(x);
        }
        return n;
    }

    private static ObjectNode finding(AuditFinding f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kebab(f.kind().name()));
        n.put("category", kebab(f.kind().category().name()));
        n.put("path", f.path());
        n.put("expected", f.expected());
        n.put("actual", f.actual());
        n.put("message", f.message());
        return n;
    }

    private static ObjectNode suppression(Suppression s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("device", s.device());
        n.put("path", s.path());
        n.put("reason", s.reason());
        return n;
    }

    static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String camel(AuditOutcome o) {
        String[] parts = o.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return s.toString();
    }
}
