package org.switchover.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.switchover.workflow.GoldenConfigs;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.journal.Lease;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.RunKind;
import org.switchover.journal.Step;
import org.switchover.workflow.ConfirmedChanges;
import org.switchover.workflow.access.DeviceAccess;
import org.switchover.workflow.access.DriverPool;
import org.switchover.netconf.NetconfException;

/**
 * Carries out a remediation plan, one device at a time, through the confirmed-change engine a
 * replacement uses: load golden as a replace candidate, commit confirmed, verify (compliance empty
 * and no state check worse than before), then confirm, or cancel so the device returns to what it
 * ran before. Each step is journaled before and after it acts; the run holds a lease on every
 * device it will push to, and one interrupted is settled by {@link #resume}.
 */
public final class AuditRemediation {

    /** How one device's remediation ended. */
    public enum Result { FIXED, ALREADY_COMPLIANT, ROLLED_BACK, FAILED }

    /** One device's outcome and what a person should know about it. */
    public record DeviceOutcome(String device, Result result, String message) {}

    /** How a remediation run that died before it leased its devices ends on resume. */
    public static final String UNSTARTED = "interrupted before it leased its devices; nothing was changed; run audit --remediate again";

    private final Function<Duration, DeviceAccess> access;
    private final GoldenConfigs golden;
    private final Journal journal;

    /** @param access the device access for a per-device timeout, as {@link AuditRunner#access()} */
    public AuditRemediation(Function<Duration, DeviceAccess> access, GoldenConfigs golden, Journal journal) {
        this.access = access;
        this.golden = golden;
        this.journal = journal;
    }

    public List<DeviceOutcome> apply(Site site, AuditRemediationPlan plan, Duration confirmTimeout, Duration deviceTimeout,
            List<String> arguments) {
        long run = journal.startRun(RunKind.REMEDIATE, site.file().toString(), arguments);
        List<DeviceOutcome> out = new ArrayList<>();
        try (DriverPool pool = new DriverPool(site, access.apply(deviceTimeout))) {
            journal.takeLeases(run, plan.pushes().stream().map(AuditRemediationPlan.Push::device).toList());
            ConfirmedChanges changes = new ConfirmedChanges(journal, run, pool, confirmTimeout, Clock.systemUTC(), note -> { });
            for (AuditRemediationPlan.Push push : plan.pushes()) out.add(remediate(run, site, site.device(push.device()), pool, changes));
        } catch (RuntimeException e) {
            journal.finishRun(run, Outcome.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
        boolean allFixed = out.stream().allMatch(o -> o.result() == Result.FIXED || o.result() == Result.ALREADY_COMPLIANT);
        journal.finishRun(run, allFixed ? Outcome.OK : Outcome.FAILED,
                out.stream().map(o -> o.device() + " " + o.result()).collect(Collectors.joining(", ")));
        return out;
    }

    /**
     * Settles the commits an interrupted remediation run left pending: where running now matches
     * golden, confirm; otherwise cancel (restoring the journaled copy when the commit was emulated).
     * Then carries the run to its end: every device it leased (its plan) whose remediation had not
     * ended before the crash, or was cut short and is back as it was, is remediated now.
     */
    public List<DeviceOutcome> resume(Site site, long run, Duration deviceTimeout) {
        if (journal.steps(run).isEmpty() && journal.commits(run).isEmpty() && journal.leases().stream().noneMatch(l -> l.runId() == run)) {
            // it died before it leased its devices, so before it pushed to any: nothing to settle or carry on from
            journal.finishRun(run, Outcome.FAILED, UNSTARTED);
            return List.of();
        }
        // devices whose remediation ended by itself: the latest step of each ended, and not because a process died in it
        Map<String, Step> latest = new LinkedHashMap<>();
        journal.steps(run).forEach(s -> latest.put(s.device(), s));
        Set<String> ended = latest.values().stream().filter(s -> s.outcome().isPresent() && !s.interrupted())
                .map(Step::device).collect(Collectors.toSet());
        journal.closeInterruptedSteps(run, "resume settled what it left");
        // the run leased every device of its plan before it pushed to any
        List<String> planned = journal.leases().stream().filter(l -> l.runId() == run).map(Lease::device).toList();
        Map<String, DeviceOutcome> out = new LinkedHashMap<>();
        try (DriverPool pool = new DriverPool(site, access.apply(deviceTimeout))) {
            List<PendingCommit> pending = journal.pendingCommits(run);
            journal.takeLeases(run, pending.stream().map(PendingCommit::device).toList());
            for (PendingCommit c : pending) {
                ConfirmedChanges changes = new ConfirmedChanges(journal, run, pool, c.timeout(), Clock.systemUTC(), note -> { });
                ConfigPayload config = golden.render(site, site.device(c.device()));
                Map<String, ConfirmedChanges.Settled> states = new LinkedHashMap<>();
                Map<String, String> said = new LinkedHashMap<>();
                boolean compliant;
                try {
                    compliant = pool.driver(c.device()).compliance(config).isEmpty();
                } catch (NetconfException e) {
                    out.put(c.device(), new DeviceOutcome(c.device(), Result.FAILED, "cannot be read (" + e.getMessage() + "); still pending"));
                    continue;
                }
                if (compliant) {
                    changes.settleConfirm(c, d -> true, states, said);
                } else {
                    changes.cancelOne(c, d -> d.compliance(config).isEmpty(), states, said);
                }
                var s = new ConfirmedChanges.Settlement(states, said);
                out.put(c.device(), new DeviceOutcome(c.device(), s.all(ConfirmedChanges.Settled.CONFIRMED) ? Result.FIXED
                        : s.all(ConfirmedChanges.Settled.ROLLED_BACK) ? Result.ROLLED_BACK : Result.FAILED, "on resume: " + s.explain()));
            }
            // what the run did not get to, or was cut short on and is back as before: remediated now, as the run would have
            Duration confirm = journal.commits(run).stream().map(PendingCommit::timeout).findFirst().orElse(site.defaults().confirmTimeout());
            ConfirmedChanges changes = new ConfirmedChanges(journal, run, pool, confirm, Clock.systemUTC(), note -> { });
            for (String d : planned) {
                DeviceOutcome settled = out.get(d);
                if (ended.contains(d) || (settled != null && settled.result() != Result.ROLLED_BACK)) continue;
                out.put(d, remediate(run, site, site.device(d), pool, changes));
            }
        }
        boolean settled = journal.pendingCommits(run).isEmpty();
        boolean allFixed = out.values().stream().allMatch(o -> o.result() == Result.FIXED || o.result() == Result.ALREADY_COMPLIANT);
        journal.finishRun(run, settled && allFixed ? Outcome.OK : Outcome.FAILED, "resumed: "
                + out.values().stream().map(o -> o.device() + " " + o.result()).collect(Collectors.joining(", ")));
        return List.copyOf(out.values());
    }

    /** One device's remediation, journaled as a step before and after it acts. */
    private DeviceOutcome remediate(long run, Site site, Device device, DriverPool pool, ConfirmedChanges changes) {
        long step = journal.beginStep(run, device.name(), "remediate", "push golden config under confirmed commit");
        DeviceOutcome o = pushOne(run, site, device, pool, changes);
        journal.finishStep(step, switch (o.result()) {
            case FIXED -> Outcome.OK;
            case ALREADY_COMPLIANT -> Outcome.SKIPPED;
            case ROLLED_BACK -> Outcome.ROLLED_BACK;
            case FAILED -> Outcome.FAILED;
        }, o.message());
        return o;
    }

    private DeviceOutcome pushOne(long run, Site site, Device device, DriverPool pool, ConfirmedChanges changes) {
        String name = device.name();
        ConfigPayload config = golden.render(site, device);
        // a device pushed again on resume gets a fresh persist-id: the first one is in the journal already
        long earlier = journal.commits(run).stream().filter(c -> c.device().equals(name)).count();
        String persistId = "remediate-" + run + "-" + name + (earlier == 0 ? "" : "-" + (earlier + 1));
        try {
            PlatformDriver driver = pool.driver(name);
            Set<String> stateBefore = stateKeys(site, device, driver);
            driver.loadCandidate(config, LoadMode.REPLACE);
            ConfigDiff change = driver.compare();
            if (change.isEmpty()) {
                driver.discard();
                return new DeviceOutcome(name, Result.ALREADY_COMPLIANT, "running already matches golden; nothing pushed");
            }
            journal.recordDiff(run, name, "remediation", change);
            // already loaded, for the diff above: the engine journals and commits it
            List<ConfirmedChanges.Change> push = List.of(new ConfirmedChanges.Change(name, d -> { }, d -> d.compliance(config).isEmpty()));
            changes.commit("remediation", persistId, push);
            String problem = verify(site, device, driver, config, stateBefore);
            if (!problem.isEmpty()) {
                var cancelled = changes.cancel(persistId, push);
                return new DeviceOutcome(name, Result.ROLLED_BACK, "verification failed, commit cancelled ("
                        + cancelled.explain() + "): " + problem);
            }
            var confirmed = changes.confirm(persistId, push);
            if (!confirmed.all(ConfirmedChanges.Settled.CONFIRMED)) {
                return new DeviceOutcome(name, Result.FAILED, "not confirmed: " + confirmed.explain());
            }
            return new DeviceOutcome(name, Result.FIXED, change.changes().size() + " difference(s) fixed and confirmed");
        } catch (ConfirmedChanges.DeadlineTooCloseException e) {
            return new DeviceOutcome(name, Result.ROLLED_BACK, e.getMessage());
        } catch (NetconfException e) {
            pool.drop(name);
            boolean pending = journal.pendingCommits(run).stream().anyMatch(c -> c.device().equals(name));
            String tail = pending ? "; the confirmed commit was not confirmed: `switchover resume " + run + "` settles it" : "";
            return new DeviceOutcome(name, Result.FAILED, e.getMessage() + tail);
        }
    }

    /** Empty when the push took: running equals golden and no state finding appeared that was not there before. */
    private static String verify(Site site, Device device, PlatformDriver driver, ConfigPayload config, Set<String> before) {
        ConfigDiff left = driver.compliance(config);
        if (!left.isEmpty()) return left.changes().size() + " difference(s) remain after the commit";
        List<String> worse = stateFindings(site, device, driver).stream()
                .filter(f -> !before.contains(f.key())).map(AuditFinding::describe).toList();
        return worse.isEmpty() ? "" : "state got worse: " + String.join("; ", worse);
    }

    private static Set<String> stateKeys(Site site, Device device, PlatformDriver driver) {
        return stateFindings(site, device, driver).stream().map(AuditFinding::key).collect(Collectors.toSet());
    }

    private static List<AuditFinding> stateFindings(Site site, Device device, PlatformDriver driver) {
        return AuditStateCheck.findings(site, device,
                driver.portsAndNeighbors());
    }
}
