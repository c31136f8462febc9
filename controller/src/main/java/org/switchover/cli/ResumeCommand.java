package org.switchover.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.Run;
import org.switchover.journal.RunKind;
import org.switchover.render.Renderer;
import org.switchover.workflow.access.NetconfDeviceAccess;
import org.switchover.audit.AuditRemediation;
import org.switchover.workflow.TemplateGoldenConfigs;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.PlanReplay;
import org.switchover.workflow.ReplaceWorkflow;
import org.switchover.workflow.SavedPlan;
import org.switchover.status.JournalStatusSource.RunChoice;
import org.switchover.workflow.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchover resume RUN_ID}: settles an interrupted replacement and carries it to the end. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continues an interrupted replacement with the plan it journaled: re-reads the devices, confirms "
                + "pending commits whose checks pass, cancels the others, and runs the remaining steps. For an interrupted "
                + "remediation, settles its pending commits the same way.")
final class ResumeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_ID", description = "the interrupted run (see `switchover journal`)")
    long runId;


    @Mixin
    ProgressOption progress;

    @Option(names = "--update-site", description = "write the new management addresses and serials into the site file")
    boolean updateSite;

    @Mixin
    JournalOption journal;

    @Mixin
    InlineSecretsOption secrets;

    @Mixin
    StatusOption status;

    /** The run's own templates: a run made with {@code --templates DIR} resumes with the same folder (the digests are checked). */
    @Mixin
    TemplatesOption templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Journal j = journal.openExisting(Clock.systemUTC())) {
            Run run = j.run(runId).orElseThrow(() -> new IllegalArgumentException(
                    "no run " + runId + " in " + j.file() + "; `switchover journal` lists the runs there"));
            if (run.kind() != RunKind.REPLACE && run.kind() != RunKind.REMEDIATE) {
                throw new IllegalArgumentException("run " + runId + " is a " + run.kind() + ", not a replacement or a remediation");
            }
            Optional<Integer> settled = alreadySettled(run, j.pendingCommits(runId).isEmpty(), out);
            if (settled.isPresent()) return settled.get();
            if (run.kind() == RunKind.REMEDIATE) return resumeRemediation(j, run, out);
            Optional<String> unplanned = ReplaceWorkflow.endUnplanned(j, runId);
            if (unplanned.isPresent()) {
                out.println("run " + runId + " " + unplanned.get());
                return Main.BAD_INPUT;
            }
            String what = "the plan journaled by run " + runId;
            SavedPlan saved = SavedPlan.fromJournal(j.plan(runId).orElseThrow(() -> new IllegalArgumentException(
                    "run " + runId + " journaled no plan (an older switchover started it); settle it with that version")));
            Renderer renderer = templates.renderer();
            Site site = PlanReplay.site(saved, secrets.loader(), renderer, true, what);
            try (var page = status.start(j.file(), RunChoice.run(runId), Optional.of(site), out)) {
                RunResult result = ReplaceCommand.Runs.workflow(j, site, progress.printer(out), renderer)
                        .resume(runId, site, saved);
                ReplaceCommand.Runs.printResult(result, j, site, updateSite, out, err);
                status.linger(page, out);
                return result.exitCode();
            }
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
    }

    private int resumeRemediation(Journal j, Run run, java.io.PrintWriter out) {
        Site site = secrets.loader().loadOrThrow(java.nio.file.Path.of(run.siteFile()));
        var outcomes = new AuditRemediation(timeout -> NetconfDeviceAccess.within(CredentialResolver.system(), timeout, Clock.systemUTC()),
                new TemplateGoldenConfigs(templates.renderer()), j).resume(site, runId, java.time.Duration.ofSeconds(30));
        outcomes.forEach(o -> out.println(o.device() + ": " + o.result().name().toLowerCase(Locale.ROOT) + " " + o.message()));
        if (outcomes.isEmpty()) out.println("run " + runId + " " + j.run(runId).map(Run::message).orElse(""));
        out.println("journal: " + j.file() + "  (switchover journal " + runId + ")");
        if (j.run(runId).map(r -> AuditRemediation.UNSTARTED.equals(r.message())).orElse(false)) return Main.BAD_INPUT;
        return j.pendingCommits(runId).isEmpty() ? Main.OK : Main.DEVICE_ERROR;
    }

    /**
     * A run that finished, or stopped with nothing left pending, is a record: resuming it would
     * re-run steps and rewrite how it ended. Says so and returns the exit code; empty when there is
     * something to resume (no end recorded, or a commit still pending).
     */
    static Optional<Integer> alreadySettled(Run run, boolean nothingPending, java.io.PrintWriter out) {
        if (!run.isFinished() || !nothingPending) return Optional.empty();
        Outcome outcome = run.outcome().orElse(Outcome.FAILED);
        if (outcome == Outcome.OK || outcome == Outcome.SKIPPED) {
            out.println("run " + run.id() + " already finished (outcome " + outcome.name().toLowerCase(Locale.ROOT)
                    + "); nothing to resume");
            return Optional.of(Main.OK);
        }
        String why = run.message() == null || run.message().isBlank() ? outcome.name().toLowerCase(Locale.ROOT)
                : run.message().lines().findFirst().orElse("").replaceFirst(":\\s*$", "");
        out.println("run " + run.id() + " stopped: " + why + "; nothing pending; start a new replace");
        return Optional.of(Main.CHECKS_FAILED);
    }
}
