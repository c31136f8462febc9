package org.switchover.workflow;

import org.switchover.workflow.access.HostKeys;

import java.util.List;
import java.util.Optional;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.LoadMode;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.plan.ReplacementPlan;
import org.switchover.plan.StepAction;
import org.switchover.verify.Finding;
import org.switchover.verify.HardwareCheck;

/** The new switch's first steps: pre-checks, the staged push under confirmed commit, compliance, confirm. */
final class PushSteps {

    private final RunContext ctx;
    private final ReplacementPlan plan;
    private ConfigPayload staged;

    PushSteps(RunContext ctx, ReplacementPlan plan) {
        this.ctx = ctx;
        this.plan = plan;
    }

    StepResult preCheck(String stepId, StepAction.PreCheck action) {
        String device = plan.device();
        StepJournal.Open step = ctx.steps().begin(device, "precheck", stepId, action.describe());
        OldSwitches.check(ctx, plan);
        ctx.pool().redirect(device, action.address(), ctx.settings().trustNewHostKeys());
        ctx.pool().driver(device);
        DeviceFacts facts = ctx.pool().facts(device);
        String hostKey = HostKeys.fingerprint(plan.intent().knownHosts(), action.address()).orElse("");
        ctx.journal().recordDevice(ctx.runId(), device, true, action.address().toString(), facts.model(), facts.serial(), hostKey);
        List<Finding> findings = HardwareCheck.check(plan.intent(), Optional.ofNullable(ctx.site().models().get(plan.intent().model())),
                facts, "the new switch at " + action.address(), ctx.settings().acceptModel());
        boolean passed = findings.stream().noneMatch(Finding::isError);
        ctx.journal().recordCheck(ctx.runId(), device, "hardware-model", passed,
                passed ? "model " + facts.model() + ", serial " + facts.serial()
                        + (findings.isEmpty() ? "" : "; " + Findings.text(findings)) : Findings.text(findings));
        if (passed) {
            findings = CablingPreflight.check(ctx, plan, facts);
            passed = findings.stream().noneMatch(Finding::isError);
            ctx.journal().recordCheck(ctx.runId(), device, "cabling", passed,
                    passed ? "every cabled port faces its far end or waits for its wave" : Findings.text(findings));
        }
        if (!passed) {
            step.finish(Outcome.FINDINGS, Findings.text(findings));
            return StepResult.stop(Outcome.FINDINGS, Findings.text(findings));
        }
        step.ok("model " + facts.model() + ", serial " + facts.serial() + ", " + facts.ports().size() + " ports");
        return StepResult.next();
    }

    StepResult push(String stepId, StepAction.StagedPush action) {
        String device = plan.device();
        StepJournal.Open step = ctx.steps().begin(device, "push-staged", stepId, action.describe());
        String persist = ctx.newPersistId(stepId);
        ctx.changes().commit(stepId, persist, List.of(change()));
        step.ok("committed, confirm within " + ctx.settings().confirmTimeout().toSeconds() + "s (persist-id " + persist + ")");
        return StepResult.next();
    }

    StepResult compliance(String stepId) {
        String device = plan.device();
        StepJournal.Open step = ctx.steps().begin(device, "verify", stepId, "compliance diff against the staged config");
        ConfigDiff diff = ctx.pool().driver(device).compliance(staged());
        ctx.journal().recordDiff(ctx.runId(), device, "running vs staged golden", diff);
        ctx.journal().recordCheck(ctx.runId(), device, "compliance", diff.isEmpty(),
                diff.isEmpty() ? "no difference" : diff.changes().size() + " differences");
        if (!diff.isEmpty()) {
            String persist = ctx.persistId(PersistIds.stagedPushStep(device));
            var cancelled = ctx.changes().cancel(persist, List.of(change()));
            String reason = device + ": running config differs from the staged config after the push ("
                    + diff.changes().size() + " differences); cancelled: " + cancelled.describe() + "\n" + org.switchover.driver.Secrets.redact(diff).render();
            step.finish(Outcome.ROLLED_BACK, reason);
            return StepResult.stop(Outcome.FINDINGS, reason);
        }
        step.ok("compliance diff empty");
        return StepResult.next();
    }

    StepResult confirm(String stepId) {
        String device = plan.device();
        StepJournal.Open step = ctx.steps().begin(device, "confirm", stepId, "confirm the staged config");
        String persist = ctx.persistId(PersistIds.stagedPushStep(device));
        ConfirmedChanges.Settlement s;
        try {
            s = ctx.changes().confirm(persist, List.of(change()));
        } catch (ConfirmedChanges.DeadlineTooCloseException e) {
            step.finish(Outcome.ROLLED_BACK, e.getMessage());
            return StepResult.stop(Outcome.FAILED, device + ": staged config not confirmed: " + e.getMessage());
        }
        if (!s.all(ConfirmedChanges.Settled.CONFIRMED)) {
            String reason = device + ": the staged config was not confirmed: " + s.describe();
            step.finish(Outcome.FAILED, reason);
            return StepResult.stop(Outcome.FAILED, reason);
        }
        step.ok("staged config confirmed");
        return StepResult.next();
    }

    /** The staged push as the engine sees it: load the staged config; in place when running complies with it. */
    ConfirmedChanges.Change change() {
        return new ConfirmedChanges.Change(plan.device(), d -> d.loadCandidate(staged(), LoadMode.REPLACE),
                d -> d.compliance(staged()).isEmpty());
    }

    StepResult record(String stepId, StepAction.RecordReplacement action) {
        String device = plan.device();
        StepJournal.Open step = ctx.steps().begin(device, "record", stepId, action.describe());
        DeviceFacts facts = ctx.pool().facts(device);
        String change = "in " + ctx.site().file() + ", device " + device + ": management: " + action.address()
                + ", serial: " + facts.serial();
        ctx.journal().event(ctx.runId(), EventKind.DEVICE_REPLACED, device, null,
                "new hardware at " + action.address() + ", model " + facts.model() + ", serial " + facts.serial());
        step.ok(change);
        return StepResult.next();
    }

    ConfigPayload staged() {
        if (staged == null) staged = ctx.golden().render(ctx.site(), plan.staged());
        return staged;
    }
}
