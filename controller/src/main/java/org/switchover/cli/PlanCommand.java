package org.switchover.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.Secrets;
import org.switchover.inventory.Site;
import org.switchover.netconf.NetconfException;
import org.switchover.plan.Plan;
import org.switchover.plan.PlanInput;
import org.switchover.plan.Planner;
import org.switchover.plan.Replacement;
import org.switchover.plan.ReplacementPlan;
import org.switchover.plan.Step;
import org.switchover.verify.Finding;
import org.switchover.verify.StatePaths;
import org.switchover.workflow.CablingPreflight;
import org.switchover.workflow.Observer;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.access.NetconfDeviceAccess;
import org.switchover.workflow.ReplaceRequest;
import org.switchover.workflow.RunSettings;
import org.switchover.workflow.SavedPlan;
import org.switchover.workflow.TemplateGoldenConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchover plan}: what a replacement would push, check and flip; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Dry run of a replacement: the steps per device, and the diff between each new switch's "
                + "current config and its golden config. Nothing is changed.")
final class PlanCommand implements Callable<Integer> {

    @Mixin
    SiteOption site;

    @Option(names = "--replace", paramLabel = "OLD=HOST:PORT", required = true,
            description = "a failed device and the management address of its replacement; repeat for several")
    List<String> replacements;

    @Option(names = "--parallel", defaultValue = "1", description = "independent replacements to run at once")
    int parallel;

    @Option(names = "--trust-new-host-keys", description = "accept and record unknown host keys of the new switches")
    boolean trustNewHostKeys;

    @Option(names = "--out", paramLabel = "FILE",
            description = "save the plan (with digests of the site file and templates) for `switchover replace --plan FILE`")
    java.nio.file.Path out;

    @Mixin
    TemplatesOption templates;

    @Option(names = "--accept-model", description = "accept a new switch whose reported model differs from the site's (its ports are still checked)")
    boolean acceptModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Site s = site.load();
            List<Replacement> reps = replacements.stream().map(Replacement::parse).toList();
            Map<String, DeviceFacts> facts = new LinkedHashMap<>();
            Map<String, ConfigDiff> diffs = new LinkedHashMap<>();
            Map<String, String> unreadable = new LinkedHashMap<>();
            Map<String, List<Finding>> cabling = new LinkedHashMap<>();
            var access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(5), Duration.ofSeconds(60), Clock.systemUTC());
            var golden = new TemplateGoldenConfigs(templates.renderer());
            Set<String> replaced = reps.stream().map(Replacement::oldDevice).collect(java.util.stream.Collectors.toSet());
            try (DriverPool pool = new DriverPool(s, access)) {
                Observer observer = new Observer(pool);
                for (Replacement r : reps) {
                    if (!s.devices().containsKey(r.oldDevice())) continue; // the planner says what is wrong
                    try (PlatformDriver d = access.open(s.device(r.oldDevice()), r.newAddress(), trustNewHostKeys)) {
                        DeviceFacts f = d.facts();
                        facts.put(r.oldDevice(), f);
                        diffs.put(r.oldDevice(), d.compliance(golden.render(s, s.device(r.oldDevice()))));
                        // nothing is replaced yet: a far end that is itself being replaced is judged by its own run
                        Set<String> absent = new java.util.HashSet<>(replaced);
                        absent.remove(r.oldDevice());
                        cabling.put(r.oldDevice(), CablingPreflight.check(s, r.oldDevice(), d, f, observer::observe, absent));
                    } catch (NetconfException e) {
                        unreadable.put(r.oldDevice(), "could not read the new switch at " + r.newAddress() + ": " + e.getMessage());
                    }
                }
            }
            Plan plan = Planner.plan(PlanInput.of(s, reps).withNewHardware(facts).withDiffs(diffs).withParallel(parallel)
                    .withAcceptModel(acceptModel));
            print(plan, unreadable, cabling, out);
            int code = exitCode(plan, unreadable, cabling);
            if (this.out != null) save(s, reps, plan, golden, code, out);
            return code;
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }

    /** Writes the plan for {@code replace --plan}; a blocked plan is not saved. */
    private void save(Site s, List<Replacement> reps, Plan plan, TemplateGoldenConfigs golden, int code, PrintWriter out) {
        if (code != Main.OK) {
            out.println("plan not saved to " + this.out + ": it is blocked");
            return;
        }
        ReplaceRequest request = new ReplaceRequest(site.file.toAbsolutePath(), reps,
                RunSettings.defaults().withParallel(parallel).withTrustNewHostKeys(trustNewHostKeys));
        String siteText;
        try {
            siteText = java.nio.file.Files.readString(site.file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the site file " + site.file + ": " + e.getMessage(), e);
        }
        SavedPlan.of(plan, request, siteText, golden.templateDigests(s), java.util.Set.of()).withoutSiteText().write(this.out);
        out.println("plan saved to " + this.out + "; run exactly it with `switchover replace --site " + site.file + " --plan "
                + this.out + "`");
    }

    /** A new switch that cannot be read is a device error; a check that fails (such as the model) is a finding. */
    static int exitCode(Plan plan, Map<String, String> unreadable) {
        return exitCode(plan, unreadable, Map.of());
    }

    /** {@code cabling}: the pre-flight cabling findings per replaced device; an error blocks the plan. */
    static int exitCode(Plan plan, Map<String, String> unreadable, Map<String, List<Finding>> cabling) {
        if (!unreadable.isEmpty()) return Main.DEVICE_ERROR;
        return plan.blocked() || blocks(cabling) ? Main.CHECKS_FAILED : Main.OK;
    }

    private static boolean blocks(Map<String, List<Finding>> cabling) {
        return cabling.values().stream().flatMap(List::stream).anyMatch(Finding::isError);
    }

    static void print(Plan plan, PrintWriter out) {
        print(plan, Map.of(), out);
    }

    static void print(Plan plan, Map<String, String> unreadable, PrintWriter out) {
        print(plan, unreadable, Map.of(), out);
    }

    /**
     * {@code unreadable}: device to why its new switch could not be read; each blocks the plan.
     * {@code cabling}: the pre-flight cabling findings per device; errors block, warnings are shown.
     */
    static void print(Plan plan, Map<String, String> unreadable, Map<String, List<Finding>> cabling, PrintWriter out) {
        out.println("plan: " + plan.replacements().size() + " replacement(s) in " + plan.batches().size() + " batch(es): "
                + plan.batches());
        for (ReplacementPlan r : plan.replacements()) {
            out.println();
            out.println(r.device() + " -> " + r.replacement().newAddress() + "  (best service priority "
                    + (r.priority().isPresent() ? r.priority().getAsInt() : "none") + ")");
            if (!r.absentDevices().isEmpty()) out.println("  not expected to answer yet: " + String.join(", ", r.absentDevices()));
            for (Step step : r.steps()) out.println("  " + step);
            if (unreadable.containsKey(r.device())) out.println("  BLOCKED " + r.device() + " " + StatePaths.DEVICE + ": " + unreadable.get(r.device()));
            r.blockers().forEach(f -> out.println((f.isError() ? "  BLOCKED " : "  WARNING ") + f.where() + ": " + f.message()));
            cabling.getOrDefault(r.device(), List.of())
                    .forEach(f -> out.println("  " + (f.isError() ? "BLOCKED " : "WARNING ") + f.where() + ": " + f.message()));
            r.currentVsGolden().map(Secrets::redact).ifPresent(diff -> {
                out.println("  current config vs golden: " + (diff.isEmpty() ? "identical" : diff.changes().size() + " differences"));
                diff.render().lines().limit(200).forEach(l -> out.println("    " + l));
                if (diff.changes().size() > 100) out.println("    ...");
            });
        }
        List<Finding> blockers = plan.allBlockers();
        out.println();
        out.println(!plan.blocked() && unreadable.isEmpty() && !blocks(cabling) ? "nothing blocks this plan" + (blockers.isEmpty() ? "" : " (see the warnings)")
                + "; nothing was changed"
                : "the plan is blocked; nothing was changed");
    }
}
