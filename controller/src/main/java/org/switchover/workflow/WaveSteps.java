package org.switchover.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.driver.PlatformDriver;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.netconf.NetconfException;
import org.switchover.plan.FlipWave;
import org.switchover.plan.ReplacementPlan;
import org.switchover.plan.StepAction;
import org.switchover.verify.Finding;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;

/**
 * One traffic wave on every device it touches: enable its ports under confirmed commit with a
 * persist-id, check, then confirm on all of them, or cancel on all of them so each is exactly as
 * before the wave.
 */
final class WaveSteps {

    private final RunContext ctx;
    private final ReplacementPlan plan;
    private ObservedState lastObserved;

    WaveSteps(RunContext ctx, ReplacementPlan plan) {
        this.ctx = ctx;
        this.plan = plan;
    }

    static String flipStep(String device, int wave) {
        return device + "/wave-" + wave + "/flip";
    }

    StepResult flip(String stepId, StepAction.Flip action) {
        FlipWave wave = action.wave();
        String persist = ctx.newPersistId(stepId);
        ctx.journal().event(ctx.runId(), EventKind.WAVE_STARTED, plan.device(), null,
                "wave " + wave.number() + " " + wave.services() + ": " + wave.describePorts());
        StepJournal.Open step = ctx.steps().begin(plan.device(), "flip", stepId, action.describe());
        List<String> committed = new ArrayList<>();
        for (String device : wave.devices()) {
            try {
                PlatformDriver driver = ctx.pool().driver(device);
                driver.setPortsEnabled(wave.portsByDevice().get(device), true);
                ctx.journal().commitPending(ctx.runId(), device, persist, stepId, ctx.settings().confirmTimeout());
                driver.commitConfirmed(ctx.settings().confirmTimeout(), persist);
                committed.add(device);
            } catch (NetconfException e) {
                abandon(device, persist);
                String cancelled = cancelAll(committed, persist);
                String reason = "wave " + wave.number() + " failed on " + device + ": " + e.getMessage()
                        + (committed.isEmpty() ? "; nothing was committed" : "; cancelled on " + cancelled);
                ctx.journal().event(ctx.runId(), EventKind.WAVE_ROLLED_BACK, plan.device(), null, reason);
                step.finish(Outcome.FAILED, reason);
                return StepResult.stop(Outcome.FAILED, reason);
            }
        }
        step.ok("enabled " + wave.describePorts() + "; confirm within " + ctx.settings().confirmTimeout().toSeconds() + "s");
        return StepResult.next();
    }

    StepResult verify(String stepId, StepAction.VerifyWave action) {
        FlipWave wave = action.wave();
        StepJournal.Open step = ctx.steps().begin(plan.device(), "verify", stepId, action.describe());
        Set<String> live = new TreeSet<>(ctx.site().devices().keySet());
        live.removeAll(action.scope().absentDevices());
        record Checked(ObservedState observed, List<Finding> findings) {}
        Checked result = ctx.poll().until(() -> {
            ObservedState observed = ctx.observer().observe(live);
            return new Checked(observed, Verifier.verify(ctx.site(), observed, action.scope()));
        }, c -> Verifier.passed(c.findings()), ctx.settings().checkTimeout(), ctx.settings().checkInterval());
        lastObserved = result.observed();
        boolean passed = Verifier.passed(result.findings());
        ctx.journal().recordCheck(ctx.runId(), plan.device(), "wave-" + wave.number(), passed,
                passed ? wave.links().size() + " links up and cabled as planned; VLANs and reachability of "
                        + action.scope().services() + " as intended" : Findings.text(result.findings()));
        if (passed) {
            step.ok("links, LLDP, VLANs and reachability as intended");
            return StepResult.next();
        }
        String reason = "wave " + wave.number() + " checks failed:\n" + Findings.text(result.findings());
        step.finish(Outcome.FINDINGS, reason);
        return cancel(new StepAction.CancelWave(plan.device(), wave), reason);
    }

    StepResult confirm(String stepId, StepAction.ConfirmWave action) {
        FlipWave wave = action.wave();
        String persist = ctx.persistId(flipStep(plan.device(), wave.number()));
        StepJournal.Open step = ctx.steps().begin(plan.device(), "confirm", stepId, action.describe());
        for (String device : wave.devices()) {
            ctx.pool().driver(device).confirm(persist);
            ctx.journal().commitConfirmed(device, persist);
        }
        ctx.journal().event(ctx.runId(), EventKind.WAVE_CONFIRMED, plan.device(), null,
                "wave " + wave.number() + " " + wave.services() + " confirmed on " + String.join(", ", wave.devices()));
        ctx.timeline().waveConfirmed(wave);
        ObservedState observed = lastObserved != null ? lastObserved : ctx.observer().observe(ctx.site().devices().keySet());
        Set<String> restored = ctx.timeline().recordRestored(observed);
        step.ok("confirmed on " + String.join(", ", wave.devices()) + (restored.isEmpty() ? "" : "; restored " + restored));
        OldSwitches.check(ctx, plan);
        return StepResult.next();
    }

    /** Cancels the wave on every device it touched and stops the replacement with {@code reason}. */
    StepResult cancel(StepAction.CancelWave action, String reason) {
        FlipWave wave = action.wave();
        String stepId = plan.device() + "/wave-" + wave.number() + "/cancel";
        StepJournal.Open step = ctx.steps().begin(plan.device(), "cancel", stepId, action.describe());
        String persist = ctx.persistId(flipStep(plan.device(), wave.number()));
        String cancelled = cancelAll(List.copyOf(wave.devices()), persist);
        ctx.journal().event(ctx.runId(), EventKind.WAVE_ROLLED_BACK, plan.device(), null,
                "wave " + wave.number() + " cancelled on " + cancelled + ": " + reason);
        step.finish(Outcome.ROLLED_BACK, "cancelled on " + cancelled);
        return StepResult.stop(Outcome.FINDINGS, reason);
    }

    /**
     * Cancels the commit on each device. One that cannot be reached rolls back by itself at the
     * timeout; its commit stays pending in the journal for a resume to settle.
     */
    private String cancelAll(List<String> devices, String persist) {
        List<String> out = new ArrayList<>();
        for (String device : devices) {
            try {
                ctx.pool().driver(device).cancel(persist);
                ctx.journal().commitCancelled(device, persist);
                out.add(device);
            } catch (NetconfException e) {
                ctx.pool().drop(device);
                out.add(device + " (unreachable: it rolls back by itself within "
                        + ctx.settings().confirmTimeout().toSeconds() + "s)");
            }
        }
        return out.isEmpty() ? "no device" : String.join(", ", out);
    }

    /**
     * The commit on {@code device} failed: cancel it in case the device took it before failing,
     * and drop the loaded candidate. When the device cannot be reached, its commit stays pending in
     * the journal (it rolls back by itself at the timeout).
     */
    private void abandon(String device, String persist) {
        try {
            PlatformDriver driver = ctx.pool().driver(device);
            try {
                driver.cancel(persist);
            } catch (NetconfException noSuchCommit) {
                // the device refused the commit: nothing to cancel
            }
            driver.discard();
            ctx.journal().commitCancelled(device, persist);
        } catch (NetconfException e) {
            ctx.pool().drop(device);
        } catch (IllegalArgumentException notJournaled) {
            // the failure came before the commit was journaled as pending
        }
    }
}
