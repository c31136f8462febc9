package org.switchover.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.switchover.journal.Journal;
import org.switchover.journal.JournalException;
import org.switchover.journal.RunHistory;
import org.switchover.report.Document;
import org.switchover.report.Html;
import org.switchover.report.IncidentReport;
import org.switchover.report.Markdown;
import org.switchover.report.ReportFiles;
import org.switchover.report.ReportTime;
import org.switchover.status.RunSiteFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchover report RUN_ID}: the incident record of a run, in Markdown or HTML. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the incident record of a run: summary, per-service outage, timeline, changes, evidence.")
final class ReportCommand implements Callable<Integer> {

    /** Output formats of the incident record. */
    enum Format { md, html }

    @Parameters(paramLabel = "RUN_ID", description = "the run to report on (see `switchover journal`)")
    long runId;

    @Option(names = "--format", defaultValue = "md", description = "md or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Mixin
    JournalOption journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunHistory history;
        try (Journal j = journal.openExisting(Clock.systemUTC())) {
            history = j.history(runId).orElse(null);
            if (history == null) {
                spec.commandLine().getErr().println("no run " + runId + " in " + j.file()
                        + "; `switchover journal` lists the runs there");
                return Main.BAD_INPUT;
            }
        } catch (JournalOption.BadInputException | JournalException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        }
        Document doc = IncidentReport.build(history, new ReportTime(ZoneId.systemDefault()), RunSiteFile.load(history.run()));
        if (out == null) {
            // standard output has nowhere to put the pictures' files: Markdown goes without them
            String text = format == Format.html ? Html.render(doc) : Markdown.render(doc.withoutFigures());
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush(); // print does not auto-flush, and main exits right after
            return Main.OK;
        }
        try {
            if (format == Format.html) {
                ReportFiles.writeHtml(doc, out);
            } else {
                ReportFiles.writeMarkdown(doc, out);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot write the report to " + out + ": " + e.getMessage()
                    + "; choose another --out");
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("incident record of run " + runId + " written to " + out
                + (format == Format.md && !doc.figures().isEmpty() ? " (its pictures beside it as SVG files)" : ""));
        return Main.OK;
    }
}
