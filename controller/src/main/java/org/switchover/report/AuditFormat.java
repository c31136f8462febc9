package org.switchover.report;

import java.util.Locale;
import org.switchover.audit.AuditReport;

/** The formats an audit report is written in; each knows its renderer. */
public enum AuditFormat {
    TEXT(new AuditTextReport()),
    JSON(new AuditJsonReport()),
    HTML(new AuditHtmlReport()),
    JUNIT(new AuditJunitReport());

    private final AuditReportRenderer renderer;

    AuditFormat(AuditReportRenderer renderer) {
        this.renderer = renderer;
    }

    public String render(AuditReport report) {
        return renderer.render(report);
    }

    /** The name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
