package org.switchover.journal;

import java.util.List;

/**
 * The journal's tables, versioned with {@code PRAGMA user_version}: each migration moves a file
 * one version up, so a journal written by an older switchover is upgraded in place and one
 * written by a newer switchover is refused rather than misread.
 */
final class Schema {

    /** Migration {@code i} takes a file from version {@code i} to {@code i + 1}. */
    private static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL,
              who TEXT NOT NULL,
              started_at TEXT NOT NULL,
              finished_at TEXT,
              outcome TEXT,
              message TEXT NOT NULL DEFAULT '',
              site_file TEXT NOT NULL DEFAULT '',
              arguments TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE steps (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              device TEXT NOT NULL,
              action TEXT NOT NULL,
              detail TEXT NOT NULL DEFAULT '',
              started_at TEXT NOT NULL,
              finished_at TEXT,
              outcome TEXT,
              message TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX steps_by_run ON steps(run_id);
            CREATE TABLE events (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              at TEXT NOT NULL,
              kind TEXT NOT NULL,
              device TEXT,
              service TEXT,
              message TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX events_by_run ON events(run_id, at);
            CREATE TABLE device_facts (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              device TEXT NOT NULL,
              new_hardware INTEGER NOT NULL,
              address TEXT NOT NULL,
              model TEXT NOT NULL,
              serial TEXT NOT NULL,
              host_key_fingerprint TEXT NOT NULL,
              recorded_at TEXT NOT NULL
            );
            CREATE TABLE diffs (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              device TEXT NOT NULL,
              label TEXT NOT NULL,
              changes INTEGER NOT NULL,
              rendered TEXT NOT NULL,
              recorded_at TEXT NOT NULL
            );
            CREATE TABLE checks (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              device TEXT NOT NULL,
              name TEXT NOT NULL,
              passed INTEGER NOT NULL,
              detail TEXT NOT NULL DEFAULT '',
              recorded_at TEXT NOT NULL
            );
            CREATE TABLE pending_commits (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              device TEXT NOT NULL,
              persist_id TEXT NOT NULL,
              label TEXT NOT NULL DEFAULT '',
              timeout_s INTEGER NOT NULL,
              state TEXT NOT NULL,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE (device, persist_id)
            );
            CREATE TABLE audits (
              run_id INTEGER PRIMARY KEY REFERENCES runs(id),
              devices INTEGER NOT NULL,
              clean INTEGER NOT NULL,
              drifted INTEGER NOT NULL,
              unreachable INTEGER NOT NULL
            );
            CREATE TABLE findings (
              id INTEGER PRIMARY KEY,
              device TEXT NOT NULL,
              kind TEXT NOT NULL,
              subject TEXT NOT NULL,
              detail TEXT NOT NULL DEFAULT '',
              first_seen TEXT NOT NULL,
              first_run INTEGER NOT NULL REFERENCES runs(id),
              last_seen TEXT NOT NULL,
              last_run INTEGER NOT NULL REFERENCES runs(id),
              resolved_at TEXT
            );
            CREATE UNIQUE INDEX open_findings ON findings(device, kind, subject) WHERE resolved_at IS NULL;
            CREATE TABLE audit_findings (
              run_id INTEGER NOT NULL REFERENCES runs(id),
              finding_id INTEGER NOT NULL REFERENCES findings(id),
              PRIMARY KEY (run_id, finding_id)
            );
            """, """
            ALTER TABLE pending_commits ADD COLUMN mode TEXT NOT NULL DEFAULT 'NATIVE';
            ALTER TABLE pending_commits ADD COLUMN saved_running TEXT;
            ALTER TABLE pending_commits ADD COLUMN saved_subtrees TEXT;
            CREATE TABLE run_plans (
              run_id INTEGER PRIMARY KEY REFERENCES runs(id),
              site_file TEXT NOT NULL,
              site_digest TEXT NOT NULL,
              site_text TEXT,
              templates TEXT NOT NULL,
              arguments TEXT NOT NULL,
              unavailable TEXT NOT NULL,
              steps TEXT NOT NULL
            );
            CREATE TABLE leases (
              device TEXT PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              who TEXT NOT NULL,
              taken_at TEXT NOT NULL
            );
            """);

    static final int VERSION = MIGRATIONS.size();

    private Schema() {}

    /** Brings {@code db} to {@link #VERSION}, each migration in its own transaction. */
    static void migrate(SqliteFile db) {
        int found = db.userVersion();
        if (found > VERSION) {
            throw new JournalException(db.file(), "written by a newer switchover (schema version " + found
                    + ", this one knows " + VERSION + "); use that version or another --journal file", null);
        }
        for (int v = found; v < VERSION; v++) {
            String migration = MIGRATIONS.get(v);
            int next = v + 1;
            db.inTransaction(() -> {
                if (db.userVersion() >= next) {
                    return null; // another process migrated the file meanwhile
                }
                for (String statement : migration.split(";\\s*\n")) {
                    if (!statement.isBlank()) {
                        db.execute(statement);
                    }
                }
                db.execute("PRAGMA user_version = " + next);
                return null;
            });
        }
    }
}
