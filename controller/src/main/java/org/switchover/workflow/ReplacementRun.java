package org.switchover.workflow;

import org.switchover.journal.Outcome;
import org.switchover.netconf.NetconfException;
import org.switchover.plan.ReplacementPlan;
import org.switchover.plan.Step;
import org.switchover.plan.StepAction;

/**
 * Runs the steps of one replacement in order, skipping those the journal shows done (a resume),
 * and stops at the first that does not pass. A device or network failure stops it too; commits
 * left pending then roll back on the device at the confirm timeout, or at a resume.
 */
final class ReplacementRun {

    private final RunContext ctx;
    private final ReplacementPlan plan;
    private final PushSteps push;
    private final WaveSteps waves;

    ReplacementRun(RunContext ctx, ReplacementPlan plan) {
        this.ctx = ctx;
        this.plan = plan;
        this.push = new PushSteps(ctx, plan);
        this.waves = new WaveSteps(ctx, plan);
    }

    StepResult run() {
        // from here on the device's name means the new hardware; the old address is never opened
        ctx.pool().redirect(plan.device(), plan.replacement().newAddress(), ctx.settings().trustNewHostKeys());
        for (Step step : plan.steps()) {
            if (ctx.done().contains(step.id())) {
                ctx.steps().info(plan.device(), step.id(), Progress.Status.SKIPPED, whyDone(step.id()));
                continue;
            }
            StepResult result;
            try {
                result = run(step);
            } catch (NetconfException e) {
                ctx.pool().drop(e.device() == null ? plan.device() : e.device());
                String reason = step.id() + " failed on " + (e.device() == null ? plan.device() : e.device()) + ": " + e.getMessage();
                ctx.steps().failOpen(reason);
                return StepResult.stop(Outcome.FAILED, reason);
            }
            if (!result.proceed()) return result;
        }
        return StepResult.next();
    }

    /** A step is done because it ran before, or because the resume confirmed its pending commit. */
    private String whyDone(String stepId) {
        boolean ran = ctx.journal().steps(ctx.runId()).stream()
                .anyMatch(s -> StepJournal.stepIdOf(s.detail()).equals(stepId)
                        && s.outcome().map(o -> o == Outcome.OK || o == Outcome.SKIPPED).orElse(false));
        return ran ? "done earlier in this run" : "settled on resume: its pending commit was confirmed after the checks passed";
    }

    private StepResult run(Step step) {
        StepAction a = step.action();
        if (a instanceof StepAction.PreCheck p) return push.preCheck(step.id(), p);
        if (a instanceof StepAction.StagedPush s) return push.push(step.id(), s);
        if (a instanceof StepAction.ComplianceCheck) return push.compliance(step.id());
        if (a instanceof StepAction.ConfirmPush) return push.confirm(step.id());
        if (a instanceof StepAction.Flip f) return waves.flip(step.id(), f);
        if (a instanceof StepAction.VerifyWave v) return waves.verify(step.id(), v);
        if (a instanceof StepAction.ConfirmWave c) return waves.confirm(step.id(), c);
        if (a instanceof StepAction.CancelWave c) return waves.cancel(c, "cancelled as planned");
        if (a instanceof StepAction.RecordReplacement r) return push.record(step.id(), r);
        throw new IllegalStateException("no runner for " + a);
    }
}
