package org.switchover.report;

import org.switchover.audit.AuditReport;

/** Turns an audit report into one document of a format; pure. */
public interface AuditReportRenderer {
    String render(AuditReport report);
}
