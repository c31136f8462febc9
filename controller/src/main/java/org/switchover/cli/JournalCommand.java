package org.switchover.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.switchover.journal.Journal;
import org.switchover.journal.JournalException;
import org.switchover.journal.RunHistory;
import org.switchover.report.JournalListing;
import org.switchover.report.ReportTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code switchover journal [RUN_ID]}: lists past runs, or the steps of one run. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Lists journaled runs, newest first, or the steps of one run.",
        subcommands = JournalCommand.BreakLease.class)
final class JournalCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "RUN_ID", description = "a run to show step by step")
    Long runId;

    @Option(names = "--limit", defaultValue = "50", description = "runs to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    JournalOption journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportTime time = new ReportTime(ZoneId.systemDefault());
        try (Journal j = journal.openExisting(Clock.systemUTC())) {
            if (runId == null) {
                spec.commandLine().getOut().print(JournalListing.runs(j.runs(limit), time));
                spec.commandLine().getOut().flush(); // print does not auto-flush, and main exits right after
                return Main.OK;
            }
            RunHistory history = j.history(runId).orElse(null);
            if (history == null) {
                spec.commandLine().getErr().println("no run " + runId + " in " + j.file()
                        + "; `switchover journal` lists the runs there");
                return Main.BAD_INPUT;
            }
            spec.commandLine().getOut().print(JournalListing.run(history, time));
            spec.commandLine().getOut().flush(); // print does not auto-flush, and main exits right after
            return Main.OK;
        } catch (JournalOption.BadInputException | JournalException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /** {@code switchover journal break-lease DEVICE}: frees a device held by a run that died and will not be resumed. */
    @Command(name = "break-lease", mixinStandardHelpOptions = true,
            description = "Breaks the lease a run holds on a device, so that another run may change it. Only for a run that "
                    + "died and will not be resumed: a live run holding it would be changing the device under the next one.")
    static final class BreakLease implements Callable<Integer> {

        @Parameters(paramLabel = "DEVICE", description = "the leased device")
        String device;

        @Mixin
        JournalOption journal;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Journal j = journal.openExisting(Clock.systemUTC())) {
                var broken = j.breakLease(device);
                if (broken.isEmpty()) {
                    spec.commandLine().getErr().println("no lease on " + device + " in " + j.file());
                    return Main.BAD_INPUT;
                }
                spec.commandLine().getOut().println("broke the lease: " + broken.get().describe());
                return Main.OK;
            } catch (JournalOption.BadInputException | JournalException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.BAD_INPUT;
            }
        }
    }
}
