package org.switchover.workflow;

import org.switchover.journal.EventKind;
import org.switchover.plan.ReplacementPlan;

/** Reports a failed switch that answers again at its old address; it is never configured, only identified. */
final class OldSwitches {

    private OldSwitches() {}

    static void check(RunContext ctx, ReplacementPlan plan) {
        String device = plan.device();
        var old = plan.intent().management();
        if (ctx.watch().newlyAlive(plan.intent(), plan.replacement().newAddress())) {
            String message = "the old " + device + " answers again at " + old + "; it was not configured and will not be."
                    + " Power it off or disconnect it: it must not come back with the same cables";
            ctx.journal().event(ctx.runId(), EventKind.OLD_DEVICE_SEEN, device, null, message);
            ctx.steps().info(device, device + "/old-switch", Progress.Status.WARNING, message);
            ctx.note(message);
        }
    }
}
