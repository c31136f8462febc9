package org.switchover.journal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.switchover.driver.ConfigPayload;
import org.switchover.journal.SqliteFile.Row;

/** Turns journal rows into records; column names are those of {@link Schema}. */
final class Rows {

    /** Separates the items of a list kept in one column (as the run's arguments are). */
    static final String SEPARATOR = "\u001f";

    private Rows() {}

    static JournaledPlan plan(Row r) throws SQLException {
        java.util.SortedMap<String, String> templates = new java.util.TreeMap<>();
        list(r.str("templates")).forEach(t -> templates.put(t.substring(0, t.lastIndexOf('=')), t.substring(t.lastIndexOf('=') + 1)));
        return new JournaledPlan(r.str("site_file"), r.str("site_digest"), r.optStr("site_text"), templates,
                list(r.str("arguments")), list(r.str("unavailable")), list(r.str("steps")));
    }

    private static List<String> list(String column) {
        return column.isEmpty() ? List.of() : List.of(column.split(SEPARATOR, -1));
    }

    static Run run(Row r) throws SQLException {
        String args = r.str("arguments");
        return new Run(r.lng("id"), RunKind.valueOf(r.str("kind")), r.str("who"), r.instant("started_at"),
                r.optInstant("finished_at"), r.optEnum("outcome", Outcome.class), r.str("message"),
                r.str("site_file"), args.isEmpty() ? List.of() : List.of(args.split("\u001f", -1)));
    }

    static Step step(Row r) throws SQLException {
        return new Step(r.lng("id"), r.lng("run_id"), r.str("device"), r.str("action"), r.str("detail"),
                r.instant("started_at"), r.optInstant("finished_at"), r.optEnum("outcome", Outcome.class),
                r.str("message"));
    }

    static Event event(Row r) throws SQLException {
        return new Event(r.lng("id"), r.lng("run_id"), r.instant("at"), EventKind.valueOf(r.str("kind")),
                r.optStr("device"), r.optStr("service"), r.str("message"));
    }

    static DeviceRecord device(Row r) throws SQLException {
        return new DeviceRecord(r.lng("run_id"), r.str("device"), r.bool("new_hardware"), r.str("address"),
                r.str("model"), r.str("serial"), r.str("host_key_fingerprint"), r.instant("recorded_at"));
    }

    static DiffRecord diff(Row r) throws SQLException {
        return new DiffRecord(r.lng("run_id"), r.str("device"), r.str("label"), (int) r.lng("changes"),
                r.str("rendered"), r.instant("recorded_at"));
    }

    static CheckRecord check(Row r) throws SQLException {
        return new CheckRecord(r.lng("run_id"), r.str("device"), r.str("name"), r.bool("passed"), r.str("detail"),
                r.instant("recorded_at"));
    }

    static PendingCommit commit(Row r) throws SQLException {
        String device = r.str("device");
        String subtrees = r.str("saved_subtrees");
        return new PendingCommit(r.lng("run_id"), r.str("device"), r.str("persist_id"), r.str("label"),
                Duration.ofSeconds(r.lng("timeout_s")), PendingCommit.State.valueOf(r.str("state")),
                r.instant("created_at"), r.instant("updated_at"), PendingCommit.Mode.valueOf(r.str("mode")),
                r.optStr("saved_running").map(xml -> new ConfigPayload(device, xml, subtrees(subtrees))));
    }

    private static List<ConfigPayload.Subtree> subtrees(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> {
            int space = l.lastIndexOf(' ');
            return new ConfigPayload.Subtree(l.substring(0, space), l.substring(space + 1));
        }).toList();
    }

    static Lease lease(Row r) throws SQLException {
        return new Lease(r.str("device"), r.lng("run_id"), r.str("who"), r.instant("taken_at"));
    }

    static Finding finding(Row r) throws SQLException {
        return new Finding(r.lng("id"), r.str("device"), r.str("kind"), r.str("subject"), r.str("detail"),
                r.instant("first_seen"), r.lng("first_run"), r.instant("last_seen"), r.lng("last_run"),
                Optional.ofNullable(r.instant("resolved_at")));
    }
}
