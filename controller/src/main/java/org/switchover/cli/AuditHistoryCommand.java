package org.switchover.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchover.journal.AuditSummary;
import org.switchover.journal.Finding;
import org.switchover.journal.Journal;
import org.switchover.audit.AuditJournal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code switchover audit history}: past audits and the findings still open, with first-seen and last-seen. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists past audits from the journal, newest first, and the findings still open.")
public final class AuditHistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", paramLabel = "PATH", defaultValue = Journal.DEFAULT_FILE,
            description = "the SQLite journal (default ${DEFAULT-VALUE})")
    Path journalFile;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "how many audits to list (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(journalFile)) {
            spec.commandLine().getErr().println("audit history: no journal at " + journalFile
                    + "; run an audit first or pass --journal PATH");
            return Main.BAD_INPUT;
        }
        try (Journal journal = Journal.open(journalFile, Clock.systemUTC())) {
            AuditJournal history = new AuditJournal(journal);
            List<AuditSummary> audits = history.history(limit);
            out.printf("%-6s %-24s %-8s %7s %6s %6s %11s%n", "audit", "started", "outcome", "devices", "clean", "drift", "unreachable");
            for (AuditSummary a : audits) {
                out.printf("%-6d %-24s %-8s %7d %6d %6d %11d%n", a.run().id(), a.run().started(),
                        a.run().outcome().map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).orElse("running"),
                        a.devices(), a.clean(), a.drifted(), a.unreachable());
            }
            List<Finding> open = history.openFindings();
            out.println();
            out.println(open.isEmpty() ? "no open findings" : "open findings (" + open.size() + "):");
            for (Finding f : open) {
                out.printf("  %s %s %s%n    first seen %s (audit %d), last seen %s (audit %d): %s%n", f.device(),
                        f.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), f.subject(), f.firstSeen(), f.firstRun(), f.lastSeen(),
                        f.lastRun(), f.detail());
            }
            out.flush();
            return Main.OK;
        }
    }
}
