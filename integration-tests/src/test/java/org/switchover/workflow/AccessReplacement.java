package org.switchover.workflow;

import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.access.NetconfDeviceAccess;

import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.switchover.demo.DemoLab;
import org.switchover.driver.ConfigDiff;
import org.switchover.inventory.Platform;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.journal.RunHistory;
import org.switchover.lab.config.XmlWriter;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;

/**
 * The minimal site in a lab with acc-1 failed: powered off, the core port facing it shut by the
 * operator, and a spare racked with its cables. Tests replace acc-1 with it, with faults injected.
 */
final class AccessReplacement implements AutoCloseable {

    static final String FAILED = "acc-1";
    static final String SPARE = "spare-1";

    final Path dir;
    final DemoLab lab;
    final Site site;
    final Journal journal;
    final Renderer renderer = Renderer.builtIn();
    final TemplateGoldenConfigs golden;
    final String oldRunning;
    final String coreRunningBefore;

    private AccessReplacement(Path dir, DemoLab lab) {
        this.dir = dir;
        this.lab = lab;
        this.site = lab.site();
        this.journal = Journal.open(dir.resolve("switchover.db"), Clock.systemUTC());
        this.golden = new TemplateGoldenConfigs(renderer);
        this.oldRunning = running(FAILED);
        access();
        lab.powerOff(FAILED);
        lab.shutPortsFacing(List.of(FAILED), access());
        this.coreRunningBefore = running("core-1");
    }

    /** The lab with a spare of {@code spareModel} (without the NETCONF features named), racked in acc-1's place. */
    static AccessReplacement start(Path dir, String spareModel, String... spareFeaturesOff) throws IOException {
        return start(dir, "minimal", spareModel, Platform.OPENCONFIG, spareFeaturesOff);
    }

    /** The lab of example site {@code siteName} (which has core-1 and acc-1) with a {@code platform} spare of {@code spareModel} (without the features named) racked in acc-1's place. */
    static AccessReplacement start(Path dir, String siteName, String spareModel, Platform platform, String... spareFeaturesOff) throws IOException {
        DemoLab lab = DemoLab.start(LabSites.site(siteName), dir,
                List.of(new DemoLab.Spare(SPARE, spareModel, platform).without(spareFeaturesOff)));
        try {
            AccessReplacement r = new AccessReplacement(dir, lab);
            lab.rack(SPARE, FAILED);
            return r;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    static NetconfDeviceAccess access() {
        return new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(10), Duration.ofSeconds(30), Clock.systemUTC());
    }

    ReplaceRequest request(RunSettings settings) {
        return new ReplaceRequest(lab.siteFile(), List.of(new Replacement(FAILED, HostAndPort.fromString(lab.address(SPARE)))), settings);
    }

    static RunSettings settings() {
        return RunSettings.defaults().withConfirmTimeout(Duration.ofSeconds(60)).withCheckTimeout(Duration.ofSeconds(4));
    }

    ReplaceWorkflow workflow(Progress progress) {
        return new ReplaceWorkflow(journal, access(), golden, progress, Clock.systemUTC(), Poll.system(Clock.systemUTC()));
    }

    /** Resumes run {@code runId} with the plan it journaled. */
    RunResult resume(Progress progress, long runId) {
        SavedPlan saved = SavedPlan.fromJournal(journal.plan(runId).orElseThrow());
        return workflow(progress).resume(runId, site, saved);
    }

    RunResult replace(Progress progress, RunSettings settings) {
        return workflow(progress).replace(site, request(settings), Clock.systemUTC().instant());
    }

    /** The running configuration of a lab switch, as text. */
    String running(String labSwitch) {
        return XmlWriter.write(lab.lab().get(labSwitch).store().running());
    }

    /** The difference between what a device of the site runs (acc-1: the spare) and {@code intent}'s rendering. */
    ConfigDiff diff(String device, org.switchover.inventory.Device intent) {
        try (DriverPool pool = new DriverPool(site, access())) {
            pool.redirect(FAILED, HostAndPort.fromString(lab.address(SPARE)), false);
            return pool.driver(device).compliance(golden.render(site, intent));
        }
    }

    ConfigDiff goldenDiff(String device) {
        return diff(device, site.device(device));
    }

    /** The staged intent of acc-1: golden with its edge ports down. */
    ConfigDiff stagedDiff() {
        var intent = site.device(FAILED);
        return diff(FAILED, org.switchover.plan.StagedIntent.withPortsDown(intent, org.switchover.plan.StagedIntent.heldDown(site, intent)));
    }

    RunHistory history(long runId) {
        return journal.history(runId).orElseThrow();
    }

    @Override
    public void close() {
        journal.close();
        lab.close();
    }
}
