package org.switchover.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Step;

/**
 * Which plan steps of an interrupted run are done, from its journal alone: the steps that ended
 * well, less those whose work was undone since (a wave cancelled after its flip ran, or any commit
 * whose latest attempt was cancelled, also by a resume that died right after settling it).
 */
final class DoneSteps {

    private DoneSteps() {}

    static Set<String> of(List<Step> steps, List<PendingCommit> commits) {
        Set<String> done = new HashSet<>();
        steps.stream()
                .filter(s -> s.outcome().map(o -> o == Outcome.OK || o == Outcome.SKIPPED).orElse(false))
                .forEach(s -> done.add(StepJournal.stepIdOf(s.detail())));
        steps.stream()
                .filter(s -> s.outcome().map(o -> o == Outcome.ROLLED_BACK).orElse(false))
                .map(s -> StepJournal.stepIdOf(s.detail()))
                .filter(id -> id.endsWith("/cancel") || id.endsWith("/confirm"))
                .map(id -> id.substring(0, id.lastIndexOf('/')))
                .forEach(wave -> done.removeAll(Set.of(wave + "/flip", wave + "/verify", wave + "/confirm")));
        Map<String, String> latestAttempt = new HashMap<>();
        commits.forEach(c -> latestAttempt.put(c.label(), c.persistId()));
        commits.stream()
                .filter(c -> c.persistId().equals(latestAttempt.get(c.label())) && c.state() == PendingCommit.State.CANCELLED)
                .forEach(c -> done.removeAll(CommitSteps.of(c.label())));
        return done;
    }
}
