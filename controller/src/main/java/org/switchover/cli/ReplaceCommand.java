package org.switchover.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.journal.Run;
import org.switchover.plan.Plan;
import org.switchover.plan.PlanInput;
import org.switchover.plan.Planner;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;
import org.switchover.status.JournalStatusSource.RunChoice;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.NetconfDeviceAccess;
import org.switchover.workflow.PlanReplay;
import org.switchover.workflow.SavedPlan;
import org.switchover.workflow.Poll;
import org.switchover.workflow.ReplaceRequest;
import org.switchover.workflow.ReplaceWorkflow;
import org.switchover.workflow.RunResult;
import org.switchover.workflow.RunSettings;
import org.switchover.workflow.TemplateGoldenConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchover replace}: the whole replacement of failed switches, journaled. */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = "Replaces failed switches: pre-checks, staged push under confirmed commit, compliance, "
                + "traffic flip in service-priority waves, verified and confirmed or rolled back.")
final class ReplaceCommand implements Callable<Integer> {

    @Mixin
    SiteOption site;

    @Option(names = "--replace", paramLabel = "OLD=HOST:PORT",
            description = "a failed device and the management address of its replacement; repeat for several")
    List<String> replacements;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "run exactly the plan `switchover plan --out FILE` saved, instead of --replace; refused when the "
                    + "site file or the templates changed since")
    java.nio.file.Path planFile;

    @Option(names = "--yes", description = "do not ask for confirmation")
    boolean yes;

    @Option(names = "--confirm-timeout", defaultValue = "120s",
            description = "device-side rollback if a commit is not confirmed in time (default: ${DEFAULT-VALUE})")
    String confirmTimeout;

    @Option(names = "--check-timeout", defaultValue = "20s", hidden = true,
            description = "how long checks may take to pass after a change")
    String checkTimeout;

    @Option(names = "--parallel", defaultValue = "1", description = "independent replacements to run at once")
    int parallel;

    @Option(names = "--update-site", description = "write the new management addresses and serials into the site file")
    boolean updateSite;

    @Option(names = "--accept-model", description = "accept a new switch whose reported model differs from the site's (its ports are still checked); the journal records it")
    boolean acceptModel;

    @Option(names = "--trust-new-host-keys", description = "accept and record unknown host keys of the new switches")
    boolean trustNewHostKeys;

    @Mixin
    TemplatesOption templates;

    @Mixin
    ProgressOption progress;

    @Mixin
    JournalOption journal;

    @Mixin
    StatusOption status;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            var renderer = templates.renderer();
            RunSettings settings = RunSettings.defaults()
                    .withConfirmTimeout(ReplaceRequest.Durations.parse(confirmTimeout))
                    .withCheckTimeout(ReplaceRequest.Durations.parse(checkTimeout))
                    .withParallel(parallel)
                    .withTrustNewHostKeys(trustNewHostKeys).withAcceptModel(acceptModel);
            boolean fromPlan = planFile != null;
            if (fromPlan == (replacements != null && !replacements.isEmpty())) {
                throw new IllegalArgumentException("give either --replace OLD=HOST:PORT (one or more) or --plan FILE");
            }
            SavedPlan saved = fromPlan ? savedPlan(settings) : null;
            Site s = fromPlan ? PlanReplay.site(saved, site.secrets.loader(), renderer, false, "the plan " + planFile)
                    : site.load();
            ReplaceRequest request = fromPlan ? saved.request()
                    : new ReplaceRequest(site.file.toAbsolutePath(), replacements.stream().map(Replacement::parse).toList(), settings);
            Plan plan = Planner.plan(PlanInput.of(s, request.replacements()).withParallel(request.settings().parallel()));
            if (!yes && !confirmed(plan, out)) {
                err.println("nothing done; answer y, or pass --yes");
                return Main.BAD_INPUT;
            }
            try (Journal j = Journal.open(journal.file, Clock.systemUTC())) {
                long lastRunBefore = j.runs(1).stream().mapToLong(Run::id).max().orElse(0);
                Thread onInterrupt = new Thread(() -> Interrupted.report(j, lastRunBefore, err), "switchover-interrupted");
                Runtime.getRuntime().addShutdownHook(onInterrupt);
                try (var page = status.start(j.file(), RunChoice.firstAfter(lastRunBefore), Optional.of(s), out)) {
                    ReplaceWorkflow workflow = Runs.workflow(j, s, progress.printer(out), renderer);
                    RunResult result = fromPlan ? workflow.replace(s, saved, Clock.systemUTC().instant())
                            : workflow.replace(s, request, Clock.systemUTC().instant());
                    Runs.printResult(result, j, s, updateSite, out, err);
                    status.linger(page, out);
                    return result.exitCode();
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(onInterrupt);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running or about to: it reports
                    }
                }
            }
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
    }

    /** The saved plan, for the site file given, with this command's run settings (they are not part of a plan). */
    private SavedPlan savedPlan(RunSettings settings) {
        SavedPlan saved = SavedPlan.read(planFile);
        java.nio.file.Path planned = java.nio.file.Path.of(saved.siteFile()).toAbsolutePath().normalize();
        if (!planned.equals(site.file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the plan " + planFile + " was made for the site file " + planned + ", not " + site.file);
        }
        return saved.withSettings(settings.withParallel(saved.request().settings().parallel()));
    }

    private boolean confirmed(Plan plan, java.io.PrintWriter out) {
        out.println("switchover will replace, in this order:");
        plan.replacements().forEach(r -> out.println("  " + r.device() + " with the switch at " + r.replacement().newAddress()
                + " (" + r.waves().size() + " waves)"));
        if (System.console() == null) return false;
        out.print("Proceed? [y/N] ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.trim().equalsIgnoreCase("y");
        } catch (IOException e) {
            return false;
        }
    }

    /** Building and reporting a replacement run, shared by replace, resume and demo. */
    static final class Runs {
        private Runs() {}

        static ReplaceWorkflow workflow(Journal journal, Site site, org.switchover.workflow.Progress progress) {
            return workflow(journal, site, progress, org.switchover.render.Renderer.builtIn());
        }

        /** The workflow pushing and comparing with {@code renderer}'s templates. */
        static ReplaceWorkflow workflow(Journal journal, Site site, org.switchover.workflow.Progress progress,
                org.switchover.render.Renderer renderer) {
            Clock clock = Clock.systemUTC();
            return new ReplaceWorkflow(journal,
                    new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(5), Duration.ofSeconds(60), clock),
                    new TemplateGoldenConfigs(renderer), progress, clock, Poll.system(clock));
        }

        static void printResult(RunResult result, Journal journal, Site site, boolean updateSite,
                java.io.PrintWriter out, java.io.PrintWriter err) {
            java.nio.file.Path journalFile = journal.file();
            result.notes().forEach(n -> err.println("NOTE: " + n));
            if (result.exitCode() == 0) {
                out.println("run " + result.runId() + ": " + result.reason());
                SiteUpdate.apply(site, journal.devices(result.runId()), updateSite, out);
            } else {
                err.println("run " + result.runId() + " stopped: " + result.reason());
            }
            out.println("journal: " + journalFile + "  (switchover journal " + result.runId() + "; switchover report "
                    + result.runId() + " --format html --out report.html)");
        }
    }
}
