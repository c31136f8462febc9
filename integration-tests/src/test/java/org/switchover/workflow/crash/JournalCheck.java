package org.switchover.workflow.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.cli.Main;
import org.switchover.journal.Journal;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;
import org.switchover.journal.RunKind;
import org.switchover.journal.Step;
import picocli.CommandLine;

/** Reads a journal a killed controller left behind, and says what is wrong with it, if anything. */
final class JournalCheck {

    private JournalCheck() {}

    /** SQLite's own word on the file (WAL and all) after a halt: "ok", or what is broken. */
    static String integrity(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            return "cannot read: " + e.getMessage();
        }
    }

    /** The newest run of {@code kind}, if the journal exists and holds one. */
    static Optional<Run> newest(Path file, RunKind kind) {
        if (!file.toFile().exists()) return Optional.empty();
        try (Journal j = Journal.open(file, Clock.systemUTC())) {
            return j.runs(1000).stream().filter(r -> r.kind() == kind).findFirst();
        }
    }

    /** What is left unsettled in the journal: runs not finished, commits pending or unresolved, leases, open steps. */
    static List<String> leftOver(Path file) {
        List<String> out = new ArrayList<>();
        try (Journal j = Journal.open(file, Clock.systemUTC())) {
            for (Run r : j.runs(1000)) {
                if (r.kind() != RunKind.REPLACE && r.kind() != RunKind.REMEDIATE) continue;
                if (!r.isFinished()) out.add("run " + r.id() + " has no end recorded");
                for (PendingCommit c : j.commits(r.id())) {
                    if (c.state() == PendingCommit.State.PENDING) out.add("run " + r.id() + ": commit " + c.persistId() + " on " + c.device() + " still pending");
                }
                for (Step s : j.steps(r.id())) {
                    if (s.outcome().isEmpty()) out.add("run " + r.id() + ": step " + s.id() + " (" + s.device() + " " + s.detail() + ") never finished");
                }
            }
            j.leases().forEach(l -> out.add("lease left: " + l.describe()));
        }
        return out;
    }

    /**
     * After a halt inside a journal transaction whose statement {@code label} names: none of its
     * writes may show (SQLite rolls back the unfinished transaction in the WAL when it reopens), and
     * every run must still be found.
     */
    static List<String> transactionUndone(Path file, String label, boolean runExpected) {
        List<String> out = new ArrayList<>();
        try (Journal j = Journal.open(file, Clock.systemUTC())) {
            if (runExpected && j.runs(1000).isEmpty()) out.add("no run found after a halt inside a transaction");
            if (label.contains(" leases") && !j.leases().isEmpty()) out.add("leases of an unfinished transaction show: " + j.leases());
            if (label.contains(" runs") && j.runs(1).stream().anyMatch(Run::isFinished)) out.add("the run shows ended by an unfinished transaction");
            if (label.contains(" audit") && !j.audits(10).isEmpty()) out.add("an audit shows recorded by an unfinished transaction");
        }
        return out;
    }

    /** Number of step rows of a run. */
    static int steps(Path file, long runId) {
        try (Journal j = Journal.open(file, Clock.systemUTC())) {
            return j.steps(runId).size();
        }
    }

    /** A switchover command line run in this JVM: exit code and output. */
    record Cli(int code, String text) {
        static Cli run(String... args) {
            StringWriter out = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(out, true));
            int code = cl.execute(args);
            return new Cli(code, out.toString());
        }
    }
}
