package org.switchover.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Run in its own JVM by {@link JournalTest}: starts a run, finishes one step, begins a second and
 * dies the way {@code kill -9} kills, without closing the journal.
 */
public final class CrashingWriter {

    private CrashingWriter() {}

    public static void main(String[] args) {
        Journal journal = Journal.open(Path.of(args[0]), Clock.systemUTC(), "operator");
        long run = journal.startRun(RunKind.REPLACE, "sites/city/site.yaml", List.of("replace", "--yes"));
        long first = journal.beginStep(run, "core-1", "push-staged", "golden config, data ports down");
        journal.finishStep(first, Outcome.OK, "");
        journal.commitPending(run, "core-1", "run-1-wave-1", "wave 1", java.time.Duration.ofSeconds(120));
        journal.beginStep(run, "core-1", "flip", "wave 1");
        System.out.println("run=" + run);
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
