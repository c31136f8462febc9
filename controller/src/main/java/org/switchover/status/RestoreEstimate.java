package org.switchover.status;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchover.journal.Outcome;
import org.switchover.journal.Step;

/**
 * When the remaining planned steps are expected to end, from the plan and the step times this run
 * has measured so far (the mean duration of each kind of step, or of all steps for a kind not yet
 * seen). Only an estimate, and shown as one: it never says a service is restored, and every time
 * it gives lies after {@code now}; with no step measured yet it gives none.
 */
final class RestoreEstimate {

    /** A time already due is shown as this far ahead: the step is late, not done. */
    private static final Duration AT_LEAST = Duration.ofSeconds(1);

    private final Map<String, Instant> finishAt;
    private final Optional<Instant> end;
    private final List<PlannedStep> remaining;

    private RestoreEstimate(Map<String, Instant> finishAt, Optional<Instant> end, List<PlannedStep> remaining) {
        this.finishAt = finishAt;
        this.end = end;
        this.remaining = remaining;
    }

    static RestoreEstimate of(List<PlannedStep> plan, List<Step> journaled, Instant now) {
        Map<String, Step> byId = new HashMap<>();
        journaled.forEach(s -> byId.put(PlannedStep.idOf(s), s));
        Map<String, double[]> sums = new HashMap<>();
        for (Step s : journaled) {
            if (s.finished().isPresent() && s.outcome().filter(o -> o == Outcome.OK).isPresent()) {
                double ms = Duration.between(s.started(), s.finished().get()).toMillis();
                double[] sum = sums.computeIfAbsent(kind(PlannedStep.idOf(s)), k -> new double[2]);
                sum[0] += ms;
                sum[1]++;
            }
        }
        List<PlannedStep> remaining = plan.stream().filter(p -> !done(byId.get(p.id()))).toList();
        double count = sums.values().stream().mapToDouble(s -> s[1]).sum();
        if (count == 0 || remaining.isEmpty()) {
            return new RestoreEstimate(Map.of(), Optional.empty(), remaining);
        }
        double overall = sums.values().stream().mapToDouble(s -> s[0]).sum() / count;
        Map<String, Instant> finishAt = new HashMap<>();
        Instant cursor = now;
        for (PlannedStep p : remaining) {
            double[] sum = sums.get(p.kind());
            long mean = Math.round(sum != null ? sum[0] / sum[1] : overall);
            Step running = byId.get(p.id());
            long elapsed = running != null && running.finished().isEmpty()
                    ? Math.max(0, Duration.between(running.started(), now).toMillis()) : 0;
            cursor = cursor.plusMillis(Math.max(0, mean - elapsed));
            finishAt.put(p.id(), later(cursor, now));
        }
        return new RestoreEstimate(finishAt, Optional.of(later(cursor, now)), remaining);
    }

    private static Instant later(Instant estimate, Instant now) {
        Instant least = now.plus(AT_LEAST);
        return estimate.isBefore(least) ? least : estimate;
    }

    private static boolean done(Step s) {
        return s != null && s.outcome().filter(o -> o == Outcome.OK || o == Outcome.SKIPPED).isPresent();
    }

    private static String kind(String stepId) {
        return stepId.substring(stepId.lastIndexOf('/') + 1);
    }

    /** The expected end of every remaining step; empty when nothing remains or nothing was measured yet. */
    Optional<Instant> end() {
        return end;
    }

    /**
     * When {@code service} is expected back: the confirmation of the last remaining wave that names
     * it, or the end of the run when no remaining wave names it (it comes back with its cables).
     */
    Optional<Instant> forService(String service) {
        Optional<Instant> byWave = remaining.stream()
                .filter(p -> p.wave().filter(w -> w.services().contains(service) && p.id().equals(w.confirmStepId())).isPresent())
                .map(p -> finishAt.get(p.id()))
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
        return byWave.or(() -> end);
    }

    /** The remaining traffic waves in the order they run, each with its expected confirmation. */
    List<Map.Entry<PlannedStep.Wave, Optional<Instant>>> waves() {
        return remaining.stream().filter(p -> p.wave().filter(w -> p.id().equals(w.confirmStepId())).isPresent())
                .map(p -> Map.entry(p.wave().get(), Optional.ofNullable(finishAt.get(p.id()))))
                .toList();
    }
}
