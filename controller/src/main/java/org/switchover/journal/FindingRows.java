package org.switchover.journal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps the findings table's history: first-seen, last-seen and resolution across audits. */
final class FindingRows {

    private final SqliteFile db;

    FindingRows(SqliteFile db) {
        this.db = db;
    }

    /** Must run inside the caller's transaction. */
    void record(long runId, Instant now, List<String> devicesAudited, List<ObservedFinding> observed) {
        Set<Long> seen = new HashSet<>();
        for (ObservedFinding f : observed) {
            List<Long> open = db.query("""
                    SELECT id FROM findings WHERE device = ? AND kind = ? AND subject = ? AND resolved_at IS NULL""",
                    r -> r.lng("id"), f.device(), f.kind(), f.subject());
            long id;
            if (open.isEmpty()) {
                id = db.insert("""
                        INSERT INTO findings(device, kind, subject, detail, first_seen, first_run, last_seen, last_run)
                        VALUES (?,?,?,?,?,?,?,?)""",
                        f.device(), f.kind(), f.subject(), f.detail(), now, runId, now, runId);
            } else {
                id = open.get(0);
                db.update("UPDATE findings SET detail = ?, last_seen = ?, last_run = ? WHERE id = ?",
                        f.detail(), now, runId, id);
            }
            if (seen.add(id)) {
                db.insert("INSERT INTO audit_findings(run_id, finding_id) VALUES (?,?)", runId, id);
            }
        }
        for (String device : devicesAudited) {
            List<Long> open = db.query("SELECT id FROM findings WHERE device = ? AND resolved_at IS NULL",
                    r -> r.lng("id"), device);
            for (long id : open) {
                if (!seen.contains(id)) {
                    db.update("UPDATE findings SET resolved_at = ? WHERE id = ?", now, id);
                }
            }
        }
    }

    List<Finding> seenBy(long runId) {
        return db.query("""
                SELECT f.* FROM findings f JOIN audit_findings af ON af.finding_id = f.id
                WHERE af.run_id = ? ORDER BY f.device, f.kind, f.subject""", Rows::finding, runId);
    }

    List<Finding> open() {
        return db.query("SELECT * FROM findings WHERE resolved_at IS NULL ORDER BY first_seen, id", Rows::finding);
    }
}
