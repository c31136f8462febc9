package org.switchover.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Site;
import org.switchover.netconf.NetconfException;
import org.switchover.plan.Plan;
import org.switchover.plan.PlanInput;
import org.switchover.plan.Planner;
import org.switchover.plan.Replacement;
import org.switchover.plan.ReplacementPlan;
import org.switchover.plan.Step;
import org.switchover.render.Renderer;
import org.switchover.verify.Finding;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.NetconfDeviceAccess;
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
            var access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(5), Duration.ofSeconds(60), Clock.systemUTC());
            var golden = new TemplateGoldenConfigs(Renderer.builtIn(), s);
            for (Replacement r : reps) {
                if (!s.devices().containsKey(r.oldDevice())) continue; // the planner says what is wrong
                try (PlatformDriver d = access.open(s.device(r.oldDevice()), r.newAddress(), trustNewHostKeys)) {
                    facts.put(r.oldDevice(), d.facts());
                    diffs.put(r.oldDevice(), d.compliance(golden.render(s.device(r.oldDevice()))));
                } catch (NetconfException e) {
                    unreadable.put(r.oldDevice(), "could not read the new switch at " + r.newAddress() + ": " + e.getMessage());
                }
            }
            Plan plan = Planner.plan(PlanInput.of(s, reps).withNewHardware(facts).withDiffs(diffs).withParallel(parallel));
            print(plan, unreadable, out);
            return exitCode(plan, unreadable);
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }

    /** A new switch that cannot be read is a device error; a check that fails (such as the model) is a finding. */
    static int exitCode(Plan plan, Map<String, String> unreadable) {
        if (!unreadable.isEmpty()) return Main.DEVICE_ERROR;
        return plan.blocked() ? Main.CHECKS_FAILED : Main.OK;
    }

    static void print(Plan plan, PrintWriter out) {
        print(plan, Map.of(), out);
    }

    /** {@code unreadable}: device to why its new switch could not be read; each blocks the plan. */
    static void print(Plan plan, Map<String, String> unreadable, PrintWriter out) {
        out.println("plan: " + plan.replacements().size() + " replacement(s) in " + plan.batches().size() + " batch(es): "
                + plan.batches());
        for (ReplacementPlan r : plan.replacements()) {
            out.println();
            out.println(r.device() + " -> " + r.replacement().newAddress() + "  (best service priority "
                    + (r.priority().isPresent() ? r.priority().getAsInt() : "none") + ")");
            if (!r.absentDevices().isEmpty()) out.println("  not expected to answer yet: " + String.join(", ", r.absentDevices()));
            for (Step step : r.steps()) out.println("  " + step);
            if (unreadable.containsKey(r.device())) out.println("  BLOCKED devices/" + r.device() + ": " + unreadable.get(r.device()));
            r.blockers().forEach(f -> out.println("  BLOCKED " + f.path() + ": " + f.message()));
            r.currentVsGolden().ifPresent(diff -> {
                out.println("  current config vs golden: " + (diff.isEmpty() ? "identical" : diff.changes().size() + " differences"));
                diff.render().lines().limit(200).forEach(l -> out.println("    " + l));
                if (diff.changes().size() > 100) out.println("    ...");
            });
        }
        List<Finding> blockers = plan.allBlockers();
        out.println();
        out.println(blockers.isEmpty() && unreadable.isEmpty() ? "nothing blocks this plan; nothing was changed"
                : "the plan is blocked; nothing was changed");
    }
}
