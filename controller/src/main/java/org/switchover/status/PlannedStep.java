package org.switchover.status;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.plan.FlipWave;
import org.switchover.plan.Plan;
import org.switchover.plan.Step;
import org.switchover.plan.StepAction;

/**
 * One step of the plan as the status page needs it: its id (as the journal's step detail starts),
 * the replaced device it belongs to, and the traffic wave it is part of, if any.
 */
public record PlannedStep(String id, String device, Optional<Wave> wave) {

    /** A traffic wave of one replacement: the services it brings back, at one priority. */
    public record Wave(String device, int number, int priority, List<String> services) {
        public Wave {
            services = ImmutableList.copyOf(services);
        }

        /** The step whose end confirms this wave. */
        public String confirmStepId() {
            return device + "/wave-" + number + "/confirm";
        }

        public String describe() {
            return device + " wave " + number + " (" + String.join(", ", services) + ")";
        }
    }

    /** The steps of {@code plan} in the order they run. */
    public static List<PlannedStep> of(Plan plan) {
        List<PlannedStep> out = new ArrayList<>();
        for (Step s : plan.steps()) {
            out.add(new PlannedStep(s.id(), s.action().device(), waveOf(s.action()).map(
                    w -> new Wave(s.action().device(), w.number(), w.priority(), w.services()))));
        }
        return out;
    }

    private static Optional<FlipWave> waveOf(StepAction a) {
        if (a instanceof StepAction.Flip f) return Optional.of(f.wave());
        if (a instanceof StepAction.VerifyWave v) return Optional.of(v.wave());
        if (a instanceof StepAction.ConfirmWave c) return Optional.of(c.wave());
        return Optional.empty();
    }

    /** The kind of step, the last part of its id ({@code flip}, {@code verify}, {@code staged-push}, …). */
    public String kind() {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** The plan step id a journaled step's detail begins with ({@code "core-1/wave-1/flip: …"}). */
    static String idOf(org.switchover.journal.Step journaled) {
        String detail = journaled.detail();
        int colon = detail.indexOf(": ");
        return colon < 0 ? detail : detail.substring(0, colon);
    }
}
