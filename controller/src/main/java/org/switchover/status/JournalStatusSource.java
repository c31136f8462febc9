package org.switchover.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.journal.JournalException;
import org.switchover.journal.Run;
import org.switchover.journal.RunKind;
import org.switchover.plan.PlanInput;
import org.switchover.plan.Planner;
import org.switchover.workflow.ReplaceRequest;

/**
 * Reads what the status page shows from a journal file, opened read-only, so the page of a run in
 * this process and of a run another process writes are the same code. The journal may not exist
 * yet, nor the run: the page then waits for them. The site and the plan are worked out once per run.
 */
public final class JournalStatusSource implements AutoCloseable {

    /** Which run the page follows: a given one, the newest replacement, or the first one after a known run. */
    public record RunChoice(OptionalLong runId, OptionalLong after) {
        public static RunChoice run(long id) {
            return new RunChoice(OptionalLong.of(id), OptionalLong.empty());
        }

        public static RunChoice newest() {
            return new RunChoice(OptionalLong.empty(), OptionalLong.empty());
        }

        /** The first replacement run journaled after run {@code id} (0: the first of all): the one this process is about to start. */
        public static RunChoice firstAfter(long id) {
            return new RunChoice(OptionalLong.empty(), OptionalLong.of(id));
        }
    }

    private final Path file;
    private final RunChoice choice;
    private final Optional<Site> knownSite;
    private final Clock clock;
    private Journal journal;
    private long planned = -1;
    private Optional<Site> site = Optional.empty();
    private List<PlannedStep> plan = List.of();

    /** {@code knownSite} is the site when the caller has it loaded already; else the run's site file is read. */
    public JournalStatusSource(Path file, RunChoice choice, Optional<Site> knownSite, Clock clock) {
        this.file = file;
        this.choice = choice;
        this.knownSite = knownSite;
        this.clock = clock;
    }

    /** What the journal holds now about the run followed. */
    public synchronized StatusSnapshot read() {
        if (journal == null) {
            if (!Files.isRegularFile(file)) return StatusSnapshot.waiting(knownSite);
            try {
                journal = Journal.openReadOnly(file, clock);
            } catch (JournalException notReadyYet) {
                return StatusSnapshot.waiting(knownSite);
            }
        }
        Optional<Run> run = chosen();
        if (run.isEmpty()) return StatusSnapshot.waiting(knownSite);
        long id = run.get().id();
        if (planned != id) {
            planned = id;
            site = knownSite.or(() -> RunSiteFile.load(run.get()));
            plan = site.map(s -> planOf(s, run.get())).orElse(List.of());
        }
        return new StatusSnapshot(run, journal.steps(id), journal.events(id), site, plan);
    }

    private Optional<Run> chosen() {
        if (choice.runId().isPresent()) return journal.run(choice.runId().getAsLong());
        List<Run> replacements = journal.runs(500).stream().filter(r -> r.kind() == RunKind.REPLACE).toList();
        return choice.after().isPresent()
                ? replacements.stream().filter(r -> r.id() > choice.after().getAsLong()).min(Comparator.comparingLong(Run::id))
                : replacements.stream().max(Comparator.comparingLong(Run::id));
    }

    /** The run's plan, computed again from its journaled arguments as resume does; none when that fails. */
    private static List<PlannedStep> planOf(Site site, Run run) {
        try {
            ReplaceRequest request = ReplaceRequest.fromArguments(run.arguments());
            return PlannedStep.of(Planner.plan(PlanInput.of(site, request.replacements())
                    .withParallel(request.settings().parallel())));
        } catch (RuntimeException unplannable) {
            return List.of();
        }
    }

    /** The id of the last run in the journal at {@code file}, 0 when it has none or does not exist yet. */
    public static long lastRunId(Path file, Clock clock) {
        if (!Files.isRegularFile(file)) return 0;
        try (Journal j = Journal.openReadOnly(file, clock)) {
            return j.runs(1).stream().mapToLong(Run::id).max().orElse(0);
        } catch (JournalException unreadable) {
            return 0;
        }
    }

    /** Whether the run followed has a recorded end. */
    public synchronized boolean finished() {
        return journal != null && chosen().map(Run::isFinished).orElse(false);
    }

    @Override
    public synchronized void close() {
        if (journal != null) journal.close();
        journal = null;
    }
}
