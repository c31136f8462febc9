package org.switchover.workflow;

import org.switchover.workflow.access.DeviceAccess;
import org.switchover.workflow.access.DriverPool;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.switchover.inventory.Site;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;
import org.switchover.plan.Plan;
import org.switchover.plan.PlanInput;
import org.switchover.plan.Planner;
import org.switchover.plan.Replacement;
import org.switchover.plan.ReplacementPlan;
import org.switchover.verify.ObservedState;

/**
 * The replacement of failed switches, end to end: reads the site as it is, plans, then runs
 * each replacement's steps (batches of independent ones side by side), journaling every step
 * before and after it acts. Also resumes an interrupted run from its journal.
 */
public final class ReplaceWorkflow {

    /** What a step the controller died in says once a resume takes over; the resume runs it again as a new step when needed. */
    static final String INTERRUPTED = "resume re-read the devices and settled what it left";

    private final Journal journal;
    private final DeviceAccess access;
    private final GoldenConfigs golden;
    private final Progress progress;
    private final Clock clock;
    private final Poll poll;

    public ReplaceWorkflow(Journal journal, DeviceAccess access, GoldenConfigs golden, Progress progress, Clock clock, Poll poll) {
        this.journal = journal;
        this.access = access;
        this.golden = golden;
        this.progress = progress;
        this.clock = clock;
        this.poll = poll;
    }

    /** Runs a new replacement, planned from the site as it answers now; {@code downSince} is when the switches failed, if known. */
    public RunResult replace(Site site, ReplaceRequest request, Instant downSince) {
        long runId = journal.startRun(RunKind.REPLACE, request.siteFile().toString(), request.arguments());
        return execute(runId, site, request, null, Set.of(), downSince, false);
    }

    /**
     * Runs a saved plan (checked by the caller against the site file and templates it was planned
     * from): exactly its steps, or nothing when planning its inputs again comes to other steps.
     */
    public RunResult replace(Site site, SavedPlan saved, Instant downSince) {
        ReplaceRequest request = saved.request();
        long runId = journal.startRun(RunKind.REPLACE, request.siteFile().toString(), request.arguments());
        return execute(runId, site, request, saved, Set.of(), downSince, false);
    }

    /**
     * Continues run {@code runId} with the plan it journaled ({@code site} is the site that plan
     * was made from): settles its pending commits, then runs the steps not yet done.
     */
    public RunResult resume(long runId, Site site, SavedPlan saved) {
        journal.closeInterruptedSteps(runId, INTERRUPTED);
        Set<String> done = DoneSteps.of(journal.steps(runId), journal.commits(runId));
        return execute(runId, site, saved.request(), saved, done, clock.instant(), true);
    }

    /**
     * Ends run {@code runId} when it died before it journaled its plan: the plan is journaled before
     * any lease is taken or any device changed, so a run with no plan, no step and no commit changed
     * nothing, and there is nothing to resume. Returns what it said; empty, doing nothing, for any
     * other run (one of an older switchover, which journaled steps but no plan).
     */
    public static java.util.Optional<String> endUnplanned(Journal journal, long runId) {
        if (journal.plan(runId).isPresent() || !journal.steps(runId).isEmpty() || !journal.commits(runId).isEmpty()) {
            return java.util.Optional.empty();
        }
        String message = "interrupted before it journaled its plan; nothing was changed; start the replacement again";
        journal.finishRun(runId, Outcome.FAILED, message);
        return java.util.Optional.of(message);
    }

    private RunResult execute(long runId, Site site, ReplaceRequest request, SavedPlan saved, Set<String> done, Instant downSince,
            boolean resuming) {
        List<String> replaced = request.replacements().stream().map(Replacement::oldDevice).toList();
        Set<String> others = new LinkedHashSet<>(site.devices().keySet());
        replaced.forEach(others::remove);
        List<String> notes = new ArrayList<>();
        try (DriverPool pool = new DriverPool(site, access)) {
            Observer observer = new Observer(pool);
            ObservedState initial = observer.observe(others);
            Set<String> unavailable = new LinkedHashSet<>(others);
            unavailable.removeAll(initial.devices().keySet());
            if (saved != null) unavailable = new LinkedHashSet<>(saved.unavailable());
            Plan plan = Planner.plan(PlanInput.of(site, request.replacements())
                    .withUnavailable(unavailable).withParallel(request.settings().parallel()));
            if (saved != null) {
                saved.requireSameSteps(plan, resuming ? "the plan journaled by run " + runId : "the saved plan");
            } else {
                saved = SavedPlan.of(plan, request, siteText(request), golden.templateDigests(site), unavailable);
            }
            if (!resuming) journal.recordPlan(runId, saved.toJournal());
            journal.takeLeases(runId, devicesChanged(plan));
            ServiceTimeline timeline = new ServiceTimeline(site, journal, runId, unavailable,
                    ServiceTimeline.unconfirmedPorts(plan, done));
            RunContext ctx = new RunContext(site, runId, journal, new StepJournal(journal, runId, progress, clock), pool, observer,
                    golden, request.settings(), timeline, new OldSwitchWatch(access, java.time.Duration.ofMillis(300)), poll, clock,
                    java.util.Collections.synchronizedSet(new HashSet<>(done)), notes,
                    new ConfirmedChanges(journal, runId, pool, request.settings().confirmTimeout(), clock, m -> {
                        synchronized (notes) {
                            notes.add(m);
                        }
                    }));
            if (resuming) {
                journal.event(runId, EventKind.RESUMED, null, null, new PendingSettlement(ctx, plan).settle());
            } else {
                recordFailures(runId, replaced, unavailable, downSince);
            }
            timeline.recordDown(initial, downSince);
            StepResult result = runBatches(ctx, plan);
            Outcome outcome = result.proceed() ? Outcome.OK : result.outcome();
            String message = result.proceed() ? "replaced " + String.join(", ", replaced) : result.reason();
            journal.finishRun(runId, outcome, message);
            return new RunResult(runId, outcome, message, notes);
        } catch (RuntimeException e) {
            journal.finishRun(runId, Outcome.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** Every device the plan will change: the new switches and every neighbour a wave touches. */
    private static Set<String> devicesChanged(Plan plan) {
        Set<String> out = new java.util.TreeSet<>();
        for (ReplacementPlan r : plan.replacements()) {
            out.add(r.device());
            out.addAll(r.touchedDevices());
        }
        return out;
    }

    private static String siteText(ReplaceRequest request) {
        try {
            return java.nio.file.Files.readString(request.siteFile());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the site file " + request.siteFile() + ": " + e.getMessage(), e);
        }
    }

    private void recordFailures(long runId, List<String> replaced, Set<String> unavailable, Instant since) {
        for (String d : replaced) journal.event(runId, EventKind.DEVICE_FAILED, since, d, null, d + " failed and is being replaced");
        for (String d : unavailable) {
            journal.event(runId, EventKind.NOTE, d, null, d + " does not answer and is not being replaced; nothing behind it is expected to work");
        }
    }

    private StepResult runBatches(RunContext ctx, Plan plan) {
        for (List<String> batch : plan.batches()) {
            List<ReplacementPlan> members = batch.stream().map(d -> plan.replacement(d).orElseThrow()).toList();
            StepResult result = members.size() == 1 ? new ReplacementRun(ctx, members.get(0)).run() : parallel(ctx, members);
            if (!result.proceed()) return result;
        }
        return StepResult.next();
    }

    private StepResult parallel(RunContext ctx, List<ReplacementPlan> members) {
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<StepResult>> futures = new ArrayList<>();
            for (ReplacementPlan m : members) futures.add(pool.submit(() -> new ReplacementRun(ctx, m).run()));
            StepResult first = StepResult.next();
            for (Future<StepResult> f : futures) {
                StepResult r = f.get();
                if (first.proceed() && !r.proceed()) first = r;
            }
            return first;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StepResult.stop(Outcome.FAILED, "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
