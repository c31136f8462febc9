package org.switchover.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchover.journal.AuditSummary;
import org.switchover.journal.Finding;
import org.switchover.journal.Journal;
import org.switchover.journal.ObservedFinding;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;

/**
 * Keeps audits in the journal: a run is opened before any device is contacted and closed with
 * the totals and findings, so each finding carries first-seen and last-seen across audits.
 * Suppressed findings are not stored; the devices that could not be audited keep their earlier
 * findings open, since nothing new is known about them.
 */
public final class AuditJournal {

    private final Journal journal;

    public AuditJournal(Journal journal) {
        this.journal = journal;
    }

    /** Opens the audit's run; {@code arguments} are the command line's, free of secrets. */
    public long begin(String siteFile, List<String> arguments) {
        return journal.startRun(RunKind.AUDIT, siteFile, arguments);
    }

    /** Stores the report under {@code runId} and returns it with its id and first-seen times. */
    public AuditReport record(long runId, AuditReport report) {
        List<String> audited = report.devices().stream()
                .filter(d -> d.outcome() == AuditOutcome.CLEAN || d.outcome() == AuditOutcome.DRIFT)
                .map(AuditDeviceResult::device).toList();
        List<ObservedFinding> observed = report.findings().stream()
                .map(f -> new ObservedFinding(f.device(), f.kind().name(), f.path(), f.message())).toList();
        int unreachable = (int) (report.count(AuditOutcome.UNREACHABLE) + report.count(AuditOutcome.HOST_KEY_CHANGED));
        journal.recordAudit(runId, audited, (int) report.count(AuditOutcome.CLEAN), (int) report.count(AuditOutcome.DRIFT),
                unreachable, observed);
        Map<String, Instant> firstSeen = new HashMap<>();
        for (Finding f : journal.findings(runId)) firstSeen.put(key(f), f.firstSeen());
        journal.finishRun(runId, report.exitCode() == AuditReport.EXIT_CLEAN ? Outcome.OK : Outcome.FINDINGS, verdict(report));
        return report.withHistory(runId, firstSeen);
    }

    /** Closes a run whose audit could not be carried out at all (bad site, broken template). */
    public void failed(long runId, String message) {
        journal.finishRun(runId, Outcome.FAILED, message);
    }

    public List<AuditSummary> history(int limit) {
        return journal.audits(limit);
    }

    /** Findings still open, oldest first, with first-seen and last-seen. */
    public List<Finding> openFindings() {
        return journal.openFindings();
    }

    private static String key(Finding f) {
        return f.device() + "|" + f.kind() + "|" + f.subject();
    }

    private static String verdict(AuditReport r) {
        return r.devices().size() + " devices: " + r.count(AuditOutcome.CLEAN) + " clean, " + r.count(AuditOutcome.DRIFT)
                + " drift, " + r.count(AuditOutcome.UNREACHABLE) + " unreachable, " + r.count(AuditOutcome.HOST_KEY_CHANGED)
                + " host key changed" + (r.notAudited().isEmpty() ? "" : ", " + r.notAudited().size() + " not audited (stopped)");
    }
}
