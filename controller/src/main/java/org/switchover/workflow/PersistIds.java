package org.switchover.workflow;

/**
 * The persist-id of a confirmed commit, derived from the run and the plan step, so that a later
 * session (a resume after this process died) can confirm or cancel it knowing only the journal.
 */
final class PersistIds {

    private PersistIds() {}

    static String of(long runId, String stepId) {
        return "switchover-" + runId + "-" + stepId.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    /** The plan step a commit label names: labels are the step ids of the pushes. */
    static String stagedPushStep(String device) {
        return device + "/staged-push";
    }
}
