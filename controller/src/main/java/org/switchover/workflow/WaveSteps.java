package org.switchover.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.driver.InterfaceState;
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
        try {
            ctx.changes().commit(stepId, persist, changes(wave));
        } catch (NetconfException e) {
            String reason = "wave " + wave.number() + " failed: " + e.getMessage();
            ctx.journal().event(ctx.runId(), EventKind.WAVE_ROLLED_BACK, plan.device(), null, reason);
            step.finish(Outcome.FAILED, reason);
            return StepResult.stop(Outcome.FAILED, reason);
        }
        step.ok("enabled " + wave.describePorts() + "; confirm within " + ctx.settings().confirmTimeout().toSeconds() + "s");
        return StepResult.next();
    }

    /** The wave as the engine sees it: per device, enable its ports; in place when they are all admin up. */
    static List<ConfirmedChanges.Change> changes(FlipWave wave) {
        List<ConfirmedChanges.Change> out = new ArrayList<>();
        wave.portsByDevice().forEach((device, ports) -> out.add(new ConfirmedChanges.Change(device,
                d -> d.setPortsEnabled(ports, true), d -> portsUp(d, ports))));
        return out;
    }

    private static boolean portsUp(PlatformDriver d, Set<String> ports) {
        Set<String> up = new TreeSet<>();
        d.interfaces().stream().filter(InterfaceState::adminUp).forEach(i -> up.add(i.name()));
        return up.containsAll(ports);
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
        ConfirmedChanges.Settlement s;
        try {
            s = ctx.changes().confirm(persist, changes(wave));
        } catch (ConfirmedChanges.DeadlineTooCloseException e) {
            String reason = "wave " + wave.number() + " not confirmed: " + e.getMessage();
            ctx.journal().event(ctx.runId(), EventKind.WAVE_ROLLED_BACK, plan.device(), null, reason);
            step.finish(Outcome.ROLLED_BACK, reason);
            return StepResult.stop(Outcome.FAILED, reason);
        }
        if (!s.all(ConfirmedChanges.Settled.CONFIRMED)) {
            String reason = "wave " + wave.number() + " was confirmed only in part, so devices now run different things: "
                    + s.explain() + "; `switchover resume " + ctx.runId() + "` finishes it";
            ctx.journal().event(ctx.runId(), EventKind.NOTE, plan.device(), null, reason);
            step.finish(Outcome.FAILED, reason);
            return StepResult.stop(Outcome.FAILED, reason);
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
        String cancelled = ctx.changes().cancel(persist, changes(wave)).describe();
        ctx.journal().event(ctx.runId(), EventKind.WAVE_ROLLED_BACK, plan.device(), null,
                "wave " + wave.number() + " cancelled on " + cancelled + ": " + reason);
        step.finish(Outcome.ROLLED_BACK, "cancelled on " + cancelled);
        return StepResult.stop(Outcome.FINDINGS, reason);
    }
}
