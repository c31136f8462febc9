package org.switchover.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.switchover.inventory.Site;
import org.switchover.report.ReportTime;
import org.switchover.status.JournalStatusSource;
import org.switchover.status.JournalStatusSource.RunChoice;
import org.switchover.status.LiveStatus;
import org.switchover.status.StatusAddress;
import org.switchover.workflow.ReplaceRequest;
import picocli.CommandLine.Option;

/** The {@code --status HOST:PORT} and {@code --status-linger} options of the commands that run a replacement. */
final class StatusOption {

    @Option(names = "--status", paramLabel = "HOST:PORT",
            description = "serve a live, read-only status page of the run for the helpdesk (127.0.0.1:0 picks a free port; "
                    + "any address but loopback needs the token printed at start)")
    String address;

    @Option(names = "--status-linger", paramLabel = "DURATION", defaultValue = "10m",
            description = "keep the status page up this long after the run (default: ${DEFAULT-VALUE})")
    String linger;

    /** Starts the page when asked for; null otherwise (so it fits a try-with-resources). */
    LiveStatus start(Path journal, RunChoice run, Optional<Site> site, PrintWriter out) {
        return address == null ? null : StatusPages.start(address, journal, run, site, out);
    }

    /** After the run: keeps the page up for the linger time. */
    void linger(LiveStatus status, PrintWriter out) {
        StatusPages.linger(status, ReplaceRequest.Durations.parse(linger), out);
    }

    /** Starting, announcing and lingering a status page, shared by replace, resume and demo. */
    static final class StatusPages {
        private StatusPages() {}

        static LiveStatus start(String address, Path journal, RunChoice run, Optional<Site> site, PrintWriter out) {
            StatusAddress where = StatusAddress.parse(address);
            Clock clock = Clock.systemUTC();
            LiveStatus status = LiveStatus.start(where, new JournalStatusSource(journal, run, site, clock),
                    new ReportTime(ZoneId.systemDefault()), clock);
            out.println("status page: " + status.url());
            out.flush();
            return status;
        }

        static void linger(LiveStatus status, Duration linger, PrintWriter out) {
            if (status == null || linger.isZero() || linger.isNegative()) return;
            out.println("status page stays up for " + org.switchover.report.ReportTime.duration(linger) + " at " + status.url()
                    + " (Ctrl-C ends it)");
            out.flush();
            try {
                status.linger(linger);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
