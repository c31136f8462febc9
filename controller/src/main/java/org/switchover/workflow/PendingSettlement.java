package org.switchover.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchover.driver.ConfigDiff;
import org.switchover.journal.EventKind;
import org.switchover.journal.PendingCommit;
import org.switchover.netconf.NetconfException;
import org.switchover.plan.Plan;
import org.switchover.plan.ReplacementPlan;
import org.switchover.plan.StepAction;
import org.switchover.verify.Finding;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;

/**
 * Settles the confirmed commits an interrupted run left pending, reading the devices as they are
 * now: where the checks pass, confirm with the persist-id; otherwise cancel (a device that already
 * rolled back by itself has nothing to cancel) and mark the steps to run again.
 */
final class PendingSettlement {

    private static final Pattern WAVE = Pattern.compile("(.+)/wave-(\\d+)/flip");

    private final RunContext ctx;
    private final Plan plan;

    PendingSettlement(RunContext ctx, Plan plan) {
        this.ctx = ctx;
        this.plan = plan;
    }

    /** Returns what it did, for the timeline. */
    String settle() {
        plan.replacements().forEach(r -> ctx.pool().redirect(r.device(), r.replacement().newAddress(), ctx.settings().trustNewHostKeys()));
        Map<String, List<PendingCommit>> byLabel = new LinkedHashMap<>();
        ctx.journal().pendingCommits(ctx.runId()).forEach(c -> byLabel.computeIfAbsent(c.label(), k -> new ArrayList<>()).add(c));
        List<String> said = new ArrayList<>();
        byLabel.forEach((label, commits) -> said.add(settle(label, commits)));
        return said.isEmpty() ? "no commit was pending; continuing with the steps not done"
                : String.join("; ", said) + "; continuing with the steps not done";
    }

    private String settle(String label, List<PendingCommit> commits) {
        if (label.endsWith("/staged-push")) {
            String device = label.substring(0, label.length() - "/staged-push".length());
            ReplacementPlan rp = plan.replacement(device).orElseThrow();
            ConfigDiff diff = ctx.pool().driver(device).compliance(new PushSteps(ctx, rp).staged());
            Set<String> steps = Set.of(label, device + "/compliance", device + "/confirm-push");
            return diff.isEmpty() ? confirm(label, commits, steps) : cancel(label, commits, steps, diff.changes().size() + " differences from the staged config");
        }
        Matcher m = WAVE.matcher(label);
        if (!m.matches()) return cancel(label, commits, Set.of(), "unknown commit label");
        String device = m.group(1);
        int wave = Integer.parseInt(m.group(2));
        ReplacementPlan rp = plan.replacement(device).orElseThrow();
        String prefix = device + "/wave-" + wave;
        Set<String> steps = Set.of(prefix + "/flip", prefix + "/verify", prefix + "/confirm");
        Optional<StepAction.VerifyWave> verify = rp.step(prefix + "/verify").map(s -> (StepAction.VerifyWave) s.action());
        if (verify.isEmpty()) return cancel(label, commits, steps, "the plan has no wave " + wave);
        Set<String> live = new TreeSet<>(ctx.site().devices().keySet());
        live.removeAll(verify.get().scope().absentDevices());
        ObservedState observed = ctx.observer().observe(live);
        List<Finding> findings = Verifier.verify(ctx.site(), observed, verify.get().scope());
        if (!Verifier.passed(findings)) return cancel(label, commits, steps, Findings.text(findings));
        String said = confirm(label, commits, steps);
        ctx.journal().event(ctx.runId(), EventKind.WAVE_CONFIRMED, device, null, "wave " + wave + " confirmed on resume");
        ctx.timeline().waveConfirmed(verify.get().wave());
        ctx.timeline().recordRestored(observed);
        return said;
    }

    private String confirm(String label, List<PendingCommit> commits, Set<String> steps) {
        List<String> devices = new ArrayList<>();
        for (PendingCommit c : commits) {
            ctx.pool().driver(c.device()).confirm(c.persistId());
            ctx.journal().commitConfirmed(c.device(), c.persistId());
            devices.add(c.device());
        }
        ctx.done().addAll(steps);
        ctx.steps().info(commits.get(0).device(), label, Progress.Status.OK, "checks pass: confirmed on " + devices);
        return label + " confirmed on " + String.join(", ", devices);
    }

    private String cancel(String label, List<PendingCommit> commits, Set<String> steps, String why) {
        List<String> devices = new ArrayList<>();
        for (PendingCommit c : commits) {
            try {
                ctx.pool().driver(c.device()).cancel(c.persistId());
                devices.add(c.device());
            } catch (NetconfException e) {
                ctx.pool().drop(c.device());
                devices.add(c.device() + " (already rolled back)");
            }
            ctx.journal().commitCancelled(c.device(), c.persistId());
        }
        ctx.done().removeAll(steps);
        String firstLine = why.lines().findFirst().orElse(why);
        ctx.steps().info(commits.get(0).device(), label, Progress.Status.ROLLED_BACK,
                "checks fail (" + firstLine + "): cancelled on " + devices + "; will run again");
        return label + " cancelled on " + String.join(", ", devices) + " (" + firstLine + ")";
    }
}
