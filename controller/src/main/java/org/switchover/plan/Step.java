package org.switchover.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One step of a plan. {@code id} is stable across runs of the same plan (the journal and resume
 * find a step by it); {@code onFailure} is what undoes it when its check fails.
 */
public record Step(String id, StepAction action, Optional<StepAction> onFailure) {

    public Step {
        requireNonNull(id, "id");
        requireNonNull(action, "action");
        requireNonNull(onFailure, "onFailure");
    }

    public static Step of(String id, StepAction action) {
        return new Step(id, action, Optional.empty());
    }

    @Override
    public String toString() {
        return id + ": " + action.describe() + onFailure.map(a -> " (on failure: " + a.describe() + ")").orElse("");
    }
}
