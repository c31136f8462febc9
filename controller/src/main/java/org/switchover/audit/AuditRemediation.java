package org.switchover.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;
import org.switchover.netconf.NetconfException;

/**
 * Carries out a remediation plan, one device at a time, each like a replacement's push: load
 * golden as a replace candidate, commit confirmed, verify (compliance empty and no state check
 * worse than before), then confirm, or cancel so the device returns to what it ran before. Each
 * step is journaled before and after it acts.
 */
public final class AuditRemediation {

    /** How one device's remediation ended. */
    public enum Result { FIXED, ALREADY_COMPLIANT, ROLLED_BACK, FAILED }

    /** One device's outcome and what a person should know about it. */
    public record DeviceOutcome(String device, Result result, String message) {}

    private final AuditConnector connector;
    private final AuditGoldenSource golden;
    private final Journal journal;

    public AuditRemediation(AuditConnector connector, AuditGoldenSource golden, Journal journal) {
        this.connector = connector;
        this.golden = golden;
        this.journal = journal;
    }

    public List<DeviceOutcome> apply(Site site, AuditRemediationPlan plan, Duration confirmTimeout, Duration deviceTimeout,
            List<String> arguments) {
        long run = journal.startRun(RunKind.REMEDIATE, site.file().toString(), arguments);
        List<DeviceOutcome> out = new ArrayList<>();
        for (AuditRemediationPlan.Push push : plan.pushes()) {
            Device device = site.device(push.device());
            long step = journal.beginStep(run, device.name(), "remediate", "push golden config under confirmed commit");
            DeviceOutcome o = pushOne(run, site, device, confirmTimeout, deviceTimeout);
            journal.finishStep(step, switch (o.result()) {
                case FIXED -> Outcome.OK;
                case ALREADY_COMPLIANT -> Outcome.SKIPPED;
                case ROLLED_BACK -> Outcome.ROLLED_BACK;
                case FAILED -> Outcome.FAILED;
            }, o.message());
            out.add(o);
        }
        boolean allFixed = out.stream().allMatch(o -> o.result() == Result.FIXED || o.result() == Result.ALREADY_COMPLIANT);
        journal.finishRun(run, allFixed ? Outcome.OK : Outcome.FAILED,
                out.stream().map(o -> o.device() + " " + o.result()).collect(Collectors.joining(", ")));
        return out;
    }

    private DeviceOutcome pushOne(long run, Site site, Device device, Duration confirmTimeout, Duration deviceTimeout) {
        String name = device.name();
        ConfigPayload config = golden.golden(site, device);
        String persistId = "remediate-" + run + "-" + name;
        boolean pending = false;
        try (PlatformDriver driver = connector.open(device, deviceTimeout)) {
            Set<String> stateBefore = stateKeys(site, device, driver);
            driver.loadCandidate(config, LoadMode.REPLACE);
            ConfigDiff change = driver.compare();
            if (change.isEmpty()) {
                driver.discard();
                return new DeviceOutcome(name, Result.ALREADY_COMPLIANT, "running already matches golden; nothing pushed");
            }
            journal.recordDiff(run, name, "remediation", change);
            journal.commitPending(run, name, persistId, "remediation", confirmTimeout);
            driver.commitConfirmed(confirmTimeout, persistId);
            pending = true;
            String problem = verify(site, device, driver, config, stateBefore);
            if (problem.isEmpty()) {
                driver.confirm(persistId);
                journal.commitConfirmed(name, persistId);
                return new DeviceOutcome(name, Result.FIXED, change.changes().size() + " difference(s) fixed and confirmed");
            }
            driver.cancel(persistId);
            journal.commitCancelled(name, persistId);
            return new DeviceOutcome(name, Result.ROLLED_BACK, "verification failed, commit cancelled: " + problem);
        } catch (NetconfException e) {
            String tail = pending ? "; the confirmed commit was not confirmed, so " + name + " rolls back by itself within "
                    + confirmTimeout.toSeconds() + "s" : "; nothing was committed";
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
