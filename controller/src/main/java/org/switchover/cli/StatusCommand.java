package org.switchover.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.switchover.report.ReportTime;
import org.switchover.status.JournalStatusSource;
import org.switchover.status.JournalStatusSource.RunChoice;
import org.switchover.status.LiveStatus;
import org.switchover.status.StatusAddress;
import org.switchover.status.StatusJson;
import org.switchover.status.StatusViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchover status}: the status page of any journaled replacement, live while it runs, frozen after. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the status of a journaled replacement run (the newest, unless RUN_ID): services, "
                + "current step, estimates, timeline. With --serve, as a read-only web page until stopped; else as JSON once.")
final class StatusCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_ID", arity = "0..1", description = "the run (default: the newest replacement in the journal)")
    Long runId;

    @Option(names = "--serve", paramLabel = "HOST:PORT",
            description = "serve the page here (127.0.0.1:0 picks a free port; any address but loopback needs the token printed at start)")
    String serve;

    @Mixin
    JournalOption journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(journal.file)) {
            err.println("no journal at " + journal.file.toAbsolutePath() + "; point --journal at the file a replacement writes");
            return Main.BAD_INPUT;
        }
        Clock clock = Clock.systemUTC();
        RunChoice choice = runId == null ? RunChoice.newest() : RunChoice.run(runId);
        if (serve == null) {
            try (JournalStatusSource source = new JournalStatusSource(journal.file, choice, Optional.empty(), clock)) {
                out.println(StatusJson.render(StatusViews.build(source.read(), clock.instant())));
                return Main.OK;
            } catch (RuntimeException e) {
                return Failures.report(e, err);
            }
        }
        try (LiveStatus page = LiveStatus.start(StatusAddress.parse(serve),
                new JournalStatusSource(journal.file, choice, Optional.empty(), clock), new ReportTime(ZoneId.systemDefault()), clock)) {
            out.println("status page: " + page.url() + " (Ctrl-C ends it)");
            out.flush();
            page.linger(java.time.Duration.ofDays(3650));
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
    }
}
