package org.switchover.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchover.journal.Journal;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;

/** What an operator must know when a replacement is interrupted (Ctrl-C): which commits roll back by themselves, and when. */
final class Interrupted {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Interrupted() {}

    /** Says what the run this process started (the first after {@code lastRunBefore}) left pending; silent if it finished. */
    static void report(Journal journal, long lastRunBefore, PrintWriter err) {
        try {
            Optional<Run> run = journal.runs(1).stream().filter(r -> r.id() > lastRunBefore && !r.isFinished()).findFirst();
            run.ifPresent(r -> {
                err.println(message(r.id(), journal.pendingCommits(r.id()), ZoneId.systemDefault()));
                err.flush();
            });
        } catch (RuntimeException e) {
            err.println("interrupted; `switchover journal` shows what the run left pending");
            err.flush();
        }
    }

    static String message(long runId, List<PendingCommit> pending, ZoneId zone) {
        if (pending.isEmpty()) {
            return "interrupted; no confirmed commit is pending; `switchover resume " + runId + "` carries run " + runId + " on";
        }
        List<String> devices = pending.stream().map(PendingCommit::device).distinct().toList();
        Instant rollsBack = pending.stream().map(c -> c.created().plus(c.timeout())).min(Comparator.naturalOrder()).orElseThrow();
        return "interrupted; confirmed commit pending on " + String.join(", ", devices) + " rolls back by itself at "
                + CLOCK.format(rollsBack.atZone(zone)) + " unless you run `switchover resume " + runId + "`";
    }
}
