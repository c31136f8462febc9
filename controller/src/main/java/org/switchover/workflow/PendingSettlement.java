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
import org.switchover.driver.DriverException;
import org.switchover.driver.PendingCommitState;
import org.switchover.driver.PlatformDriver;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import java.util.function.Function;
import java.util.function.Predicate;
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
            PushSteps push = new PushSteps(ctx, plan.replacement(device).orElseThrow());
            Predicate<PlatformDriver> applied = push.change().applied();
            ConfigDiff diff = ctx.pool().driver(device).compliance(push.staged());
            Set<String> steps = CommitSteps.of(label);
            return diff.isEmpty() ? confirm(label, commits, d -> applied, steps)
                    : cancel(label, commits, d -> applied, steps, diff.changes().size() + " differences from the staged config");
        }
        Matcher m = WAVE.matcher(label);
        if (!m.matches()) return cancel(label, commits, d -> x -> false, Set.of(), "unknown commit label");
        String device = m.group(1);
        int wave = Integer.parseInt(m.group(2));
        ReplacementPlan rp = plan.replacement(device).orElseThrow();
        String prefix = device + "/wave-" + wave;
        Set<String> steps = CommitSteps.of(label);
        Optional<StepAction.VerifyWave> verify = rp.step(prefix + "/verify").map(s -> (StepAction.VerifyWave) s.action());
        if (verify.isEmpty()) return cancel(label, commits, d -> x -> false, steps, "the plan has no wave " + wave);
        Map<String, Predicate<PlatformDriver>> applied = new LinkedHashMap<>();
        WaveSteps.changes(verify.get().wave()).forEach(c -> applied.put(c.device(), c.applied()));
        Function<String, Predicate<PlatformDriver>> appliedOn = d -> applied.getOrDefault(d, x -> false);
        Set<String> live = new TreeSet<>(ctx.site().devices().keySet());
        live.removeAll(verify.get().scope().absentDevices());
        ObservedState observed = ctx.observer().observe(live);
        List<Finding> findings = Verifier.verify(ctx.site(), observed, verify.get().scope());
        if (!Verifier.passed(findings)) return cancel(label, commits, appliedOn, steps, Findings.text(findings));
        String said = confirm(label, commits, appliedOn, steps);
        ctx.journal().event(ctx.runId(), EventKind.WAVE_CONFIRMED, device, null, "wave " + wave + " confirmed on resume");
        ctx.timeline().waveConfirmed(verify.get().wave());
        ctx.timeline().recordRestored(observed);
        return said;
    }

    private String confirm(String label, List<PendingCommit> commits, Function<String, Predicate<PlatformDriver>> applied, Set<String> steps) {
        StepJournal.Open step = ctx.steps().begin(owner(label, commits), "confirm", label + "/settle",
                "confirm on resume what the interrupted run left pending: the checks pass");
        var settlement = settleEach(step, commits, (c, states, said) -> ctx.changes().settleConfirm(c, applied.apply(c.device()), states, said),
                applied);
        if (!settlement.all(ConfirmedChanges.Settled.CONFIRMED)) {
            // some device did not keep the change: the steps run again, on every device, from the flip
            ctx.done().removeAll(steps);
            step.finish(Outcome.FAILED, "checks pass, but: " + settlement.explain());
            return label + ": " + settlement.explain();
        }
        ctx.done().addAll(steps);
        step.ok("checks pass: confirmed on " + settlement.describe());
        return label + " confirmed on " + settlement.describe();
    }

    private String cancel(String label, List<PendingCommit> commits, Function<String, Predicate<PlatformDriver>> applied,
            Set<String> steps, String why) {
        String firstLine = why.lines().findFirst().orElse(why);
        StepJournal.Open step = ctx.steps().begin(owner(label, commits), "cancel", label + "/settle",
                "cancel on resume what the interrupted run left pending: " + firstLine);
        var settlement = settleEach(step, commits, (c, states, said) -> ctx.changes().cancelOne(c, applied.apply(c.device()), states, said),
                applied);
        ctx.done().removeAll(steps);
        step.finish(Outcome.ROLLED_BACK, "checks fail (" + firstLine + "): cancelled on " + settlement.describe() + "; will run again");
        return label + " cancelled on " + settlement.describe() + " (" + firstLine + ")";
    }

    /** How the engine settles one commit: confirm or cancel, recording the result. */
    private interface Settle {
        void apply(PendingCommit c, Map<String, ConfirmedChanges.Settled> states, Map<String, String> said);
    }

    /** Settles each commit, by the device's word where it has one; a failure ends {@code step} as failed before it escapes. */
    private ConfirmedChanges.Settlement settleEach(StepJournal.Open step, List<PendingCommit> commits, Settle settle,
            Function<String, Predicate<PlatformDriver>> applied) {
        Map<String, ConfirmedChanges.Settled> states = new LinkedHashMap<>();
        Map<String, String> said = new LinkedHashMap<>();
        try {
            for (PendingCommit c : commits) {
                if (!settledByDevice(c, applied.apply(c.device()), states, said)) settle.apply(c, states, said);
            }
        } catch (RuntimeException e) {
            step.finish(Outcome.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
        return new ConfirmedChanges.Settlement(states, said);
    }

    /** The replaced device a commit label belongs to (labels are plan step ids, which start with it). */
    private static String owner(String label, List<PendingCommit> commits) {
        int slash = label.indexOf('/');
        return slash > 0 ? label.substring(0, slash) : commits.get(0).device();
    }

    /**
     * Settles {@code c} from what the device says when it was made on a device whose confirmed
     * commits die with their session (Junos): the crash ended that session, so the device's commit
     * history tells whether it still waits. Still pending, no session may confirm or cancel it:
     * resume stops and says so, rather than guess. Nothing pending: running says whether the change
     * stayed (confirmed before the crash) or the device rolled it back. False, doing nothing, for
     * devices whose commits persist, which the engine settles by persist-id.
     */
    private boolean settledByDevice(PendingCommit c, Predicate<PlatformDriver> applied,
            Map<String, ConfirmedChanges.Settled> states, Map<String, String> said) {
        PlatformDriver driver = ctx.pool().driver(c.device());
        if (driver.confirmedCommitPersists()) return false;
        PendingCommitState state = driver.pendingCommit(c.persistId());
        if (state == PendingCommitState.PENDING) {
            throw new DriverException(c.device(), "the confirmed commit " + c.persistId() + " is still pending on " + c.device()
                    + ", held by the session that made it (the device has no persist, so no other session may confirm or cancel it);"
                    + " the device rolls it back by itself when its confirm timeout ends: run resume again after that");
        }
        if (state != PendingCommitState.NOT_PENDING) return false;
        ctx.changes().settledFromRunning(c, applied.test(driver), states, said,
                "(kept: nothing pending on the device, running holds the change)",
                "(rolled back by the device: the session that made it ended, and without persist that ends it)");
        return true;
    }
}
