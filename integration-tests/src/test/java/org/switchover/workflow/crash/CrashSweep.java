package org.switchover.workflow.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.switchover.demo.DemoLab;
import org.switchover.journal.Outcome;
import org.switchover.journal.Run;
import org.switchover.workflow.crash.ControllerJvm.Ended;
import org.switchover.workflow.crash.CrashPoints.Point;

/**
 * Crashes one workflow at its side-effect points, one point per fresh lab, and checks what a user
 * is left with after running what they are told to run ({@code resume RUN_ID}, or the command
 * again when the run never made it into the journal): every switch runs exactly what it ran
 * before or exactly the completed result, nothing pending or locked on any device, the journal
 * settled and readable, and a second resume changes nothing.
 */
final class CrashSweep {

    /** The run without a crash: every point it passes, and the site before and after it. */
    record Recording(List<Point> points, SiteState before, SiteState after, Duration took) {

        /** True when the point at {@code index} lies inside a journal transaction (begun, not yet committed). */
        boolean insideTransaction(int index) {
            int open = 0;
            for (int i = 0; i <= index; i++) {
                String label = points.get(i).label();
                if (label.equals("before journal transaction") && i < index) open++;
                if (label.equals("after journal transaction")) open--;
            }
            return open > 0;
        }

        /** True when a run was journaled before the point at {@code index} (the first transactions create the file's tables). */
        boolean runJournaledBefore(int index) {
            return points.subList(0, index).stream().anyMatch(p -> p.label().equals("after journal INSERT runs"));
        }
    }

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final CrashScenario scenario;
    private final Path root;

    CrashSweep(CrashScenario scenario, Path root) {
        this.scenario = scenario;
        this.root = root;
    }

    Recording record() throws IOException {
        Path dir = root.resolve("record");
        Path points = dir.resolve("points.txt");
        long start = System.nanoTime();
        try (DemoLab lab = scenario.start(dir)) {
            SiteState before = SiteState.of(lab.lab());
            Ended ran = new ControllerJvm(dir, COMMAND_TIMEOUT).crashing(List.of("--record", points.toString()),
                    scenario.command(lab, dir.resolve("switchover.db")).toArray(String[]::new));
            // audit --remediate ends 1 (drift was found) also when it fixed it: the journal says whether the run completed
            boolean completed = JournalCheck.newest(dir.resolve("switchover.db"), scenario.kind()).flatMap(Run::outcome)
                    .map(o -> o == Outcome.OK).orElse(false);
            if (ran.code() > 1 || !completed) {
                throw new AssertionError(scenario.name() + " without a crash ended " + ran.code() + ", its run not completed:\n" + ran.output());
            }
            SiteState after = SiteState.of(lab.lab());
            List<Point> all = Files.readAllLines(points).stream().map(CrashPoints::point).toList();
            return new Recording(all, before, after, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** What happened at one point ({@code story}), and what was wrong afterwards: nothing when everything held. */
    record Verdict(String story, List<String> problems) {}

    /**
     * Crashes the workflow at {@code point} (and the first resume at its {@code resumeCrash}-th
     * point, when given) and judges what is left after recovery.
     */
    Verdict crashAt(int index, Point point, Recording rec, OptionalLong resumeCrash) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> story = new ArrayList<>();
        Path dir = root.resolve("point-" + index);
        Path journal = dir.resolve("switchover.db");
        try (DemoLab lab = scenario.start(dir)) {
            ControllerJvm jvm = new ControllerJvm(dir, COMMAND_TIMEOUT);
            SiteState before = SiteState.of(lab.lab());
            if (!before.equals(rec.before())) problems.add("a fresh lab differs from the recorded one on " + before.differingFrom(rec.before()));
            String[] command = scenario.command(lab, journal).toArray(String[]::new);
            Ended crashed = jvm.crashing(List.of("--halt", point.key()), command);
            if (!crashed.halted()) {
                problems.add("never reached the point; the command ended " + crashed.code() + ": " + tail(crashed.output()));
                return new Verdict("not reached", problems);
            }
            story.add("halted");
            String integrity = JournalCheck.integrity(journal);
            if (journal.toFile().exists() && !integrity.equals("ok")) problems.add("journal after the halt: " + integrity);
            if (rec.insideTransaction(index)) {
                story.add("inside a journal transaction");
                problems.addAll(JournalCheck.transactionUndone(journal, point.label(), rec.runJournaledBefore(index)));
            }

            Optional<Run> run = JournalCheck.newest(journal, scenario.kind());
            String told;
            Ended recovered;
            if (run.isPresent()) {
                String id = Long.toString(run.get().id());
                if (resumeCrash.isPresent()) {
                    Ended half = jvm.crashing(List.of("--halt-count", Long.toString(resumeCrash.getAsLong())),
                            "resume", id, "--quiet", "--journal", journal.toString());
                    String again = JournalCheck.integrity(journal);
                    if (half.halted() && !again.equals("ok")) problems.add("journal after a halt in resume: " + again);
                    story.add(half.halted() ? "resume halted at its point " + resumeCrash.getAsLong()
                            : "resume ended " + half.code() + " before its point " + resumeCrash.getAsLong());
                }
                told = "resume " + id;
                recovered = jvm.run("resume", id, "--quiet", "--journal", journal.toString());
            } else {
                told = "the command again (no run journaled)";
                recovered = jvm.run(command);
            }
            story.add(told + " ended " + recovered.code());
            run = JournalCheck.newest(journal, scenario.kind());
            problems.addAll(settled(lab, journal, run, rec, before, told, recovered));
            story.add(run.flatMap(Run::outcome).map(o -> "run " + o.name().toLowerCase(java.util.Locale.ROOT)).orElse("no run"));
            if (run.isPresent()) problems.addAll(secondResumeChangesNothing(lab, journal, run.get().id()));
        }
        return new Verdict(String.join(", ", story), problems);
    }

    private List<String> settled(DemoLab lab, Path journal, Optional<Run> run, Recording rec, SiteState before, String told,
            Ended recovered) {
        List<String> problems = new ArrayList<>();
        // 2 only for a run refused or ended before it changed anything, and then it must say so
        boolean understood = recovered.code() <= 1 || (recovered.code() == 2 && recovered.output().contains("nothing was changed"));
        if (!understood) problems.add(told + " ended " + recovered.code() + ": " + tail(recovered.output()));
        SiteState now = SiteState.of(lab.lab());
        boolean completed = run.flatMap(Run::outcome).map(o -> o == Outcome.OK).orElse(false);
        problems.addAll(scenario.judge(before, rec.after(), now, completed));
        SiteState.heldOn(lab.lab()).forEach(h -> problems.add("after " + told + ": " + h));
        if (run.isEmpty()) {
            problems.add("no run in the journal after " + told);
            return problems;
        }
        problems.addAll(JournalCheck.leftOver(journal).stream().map(p -> "after " + told + ": " + p).toList());
        String id = Long.toString(run.get().id());
        for (String[] args : List.of(new String[] {"journal", "--journal", journal.toString()},
                new String[] {"journal", id, "--journal", journal.toString()},
                new String[] {"report", id, "--journal", journal.toString()})) {
            JournalCheck.Cli cli = JournalCheck.Cli.run(args);
            if (cli.code() != 0) problems.add("`" + String.join(" ", args) + "` ended " + cli.code() + ": " + tail(cli.text()));
        }
        return problems;
    }

    private static List<String> secondResumeChangesNothing(DemoLab lab, Path journal, long runId) {
        List<String> problems = new ArrayList<>();
        SiteState before = SiteState.of(lab.lab());
        int steps = JournalCheck.steps(journal, runId);
        JournalCheck.Cli again = JournalCheck.Cli.run("resume", Long.toString(runId), "--quiet", "--journal", journal.toString());
        if (!again.text().contains("nothing to resume") && !again.text().contains("nothing pending")) {
            problems.add("a second resume was not a no-op (" + again.code() + "): " + tail(again.text()));
        }
        List<String> changed = SiteState.of(lab.lab()).differingFrom(before);
        if (!changed.isEmpty()) problems.add("a second resume changed " + changed);
        if (JournalCheck.steps(journal, runId) != steps) problems.add("a second resume journaled steps");
        return problems;
    }

    static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
    }
}
