package org.switchover.demo;

import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.journal.Event;
import org.switchover.journal.Journal;
import org.switchover.journal.RunHistory;
import org.switchover.netconf.NetconfException;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;
import org.switchover.report.Document;
import org.switchover.report.IncidentReport;
import org.switchover.report.ReportFiles;
import org.switchover.report.ReportTime;
import org.switchover.report.ServiceOutage;
import org.switchover.verify.CheckScope;
import org.switchover.verify.Finding;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;
import org.switchover.audit.AuditJournal;
import org.switchover.audit.AuditOptions;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditRunner;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.access.NetconfDeviceAccess;
import org.switchover.workflow.Observer;
import org.switchover.workflow.Poll;
import org.switchover.workflow.Progress;
import org.switchover.workflow.ReplaceRequest;
import org.switchover.workflow.ReplaceWorkflow;
import org.switchover.workflow.RunResult;
import org.switchover.workflow.RunSettings;
import org.switchover.workflow.TemplateGoldenConfigs;

/**
 * The demo: the city site in a lab; four core and distribution switches fail, operators shut the
 * neighbour ports facing them and rack spares; switchover replaces all four in service-priority
 * order, audits the site, and writes the incident report.
 */
public final class Demo {

    /** The journal's file name in the demo's folder. */
    public static final String JOURNAL_FILE = "switchover.db";

    /** The switches the demo fails. */
    public static final List<String> FAILED = List.of("core-1", "dist-1", "dist-2", "dist-3");

    /** What the demo came to: the replacement run, the audit's findings, the report files. */
    public record Result(RunResult run, int devicesAudited, int devicesDrifted, List<Finding> findings, Path markdown, Path html) {
        public boolean ok() {
            return run.exitCode() == 0 && devicesDrifted == 0 && Verifier.passed(findings);
        }
    }

    private final PrintWriter out;
    private final Progress progress;
    private final Clock clock = Clock.systemUTC();

    public Demo(PrintWriter out, Progress progress) {
        this.out = out;
        this.progress = progress;
    }

    /** One spare per failed switch, of its model and platform: spare-1 for the first, and so on. */
    public static List<DemoLab.Spare> spares(Site original) {
        List<DemoLab.Spare> spares = new ArrayList<>();
        for (int i = 0; i < FAILED.size(); i++) {
            Device d = original.device(FAILED.get(i));
            spares.add(new DemoLab.Spare("spare-" + (i + 1), d.model(), d.platform()));
        }
        return spares;
    }

    public Result run(Path citySite, Path dir) throws IOException {
        Instant started = clock.instant();
        List<DemoLab.Spare> spares = spares(org.switchover.inventory.SiteLoader.defaults().loadOrThrow(citySite));
        Renderer renderer = Renderer.builtIn();
        try (DemoLab lab = DemoLab.start(citySite, dir, spares, renderer)) {
            out.printf("%s lab: %d switches of the %s site and %d spares on 127.0.0.1 (site file %s)%n",
                    since(started), lab.site().devices().size(), lab.site().name(), spares.size(), lab.siteFile());
            return run(lab, renderer, dir, started);
        }
    }

    /** The scenario on a running lab with the spares of {@link #spares}: fail, shut, rack, replace, audit, report. */
    public Result run(DemoLab lab, Renderer renderer, Path dir, Instant started) throws IOException {
        {
            Site site = lab.site();
            TemplateGoldenConfigs golden = new TemplateGoldenConfigs(renderer);
            Instant failedAt = clock.instant();
            for (String d : FAILED) lab.powerOff(d);
            out.println(since(started) + " failure: " + String.join(", ", FAILED) + " lost power");
            out.println("operators shut the ports facing them: " + lab.shutPortsFacing(FAILED, access()));
            out.flush();
            List<Replacement> reps = new ArrayList<>();
            for (int i = 0; i < FAILED.size(); i++) {
                lab.rack("spare-" + (i + 1), FAILED.get(i));
                reps.add(new Replacement(FAILED.get(i), HostAndPort.fromString(lab.address("spare-" + (i + 1)))));
            }
            out.println(since(started) + " racked spares: " + reps.stream().map(Replacement::toString).reduce((a, b) -> a + ", " + b).orElse(""));
            Path journalFile = dir.resolve(JOURNAL_FILE);
            try (Journal journal = Journal.open(journalFile, clock)) {
                RunSettings settings = RunSettings.defaults().withConfirmTimeout(Duration.ofSeconds(120)).withCheckTimeout(Duration.ofSeconds(15));
                ReplaceRequest request = new ReplaceRequest(lab.siteFile(), reps, settings);
                ReplaceWorkflow workflow = new ReplaceWorkflow(journal, access(), golden,
                        progress, clock, Poll.system(clock));
                RunResult result = workflow.replace(site, request, failedAt);
                out.println("replacement run " + result.runId() + ": " + result.outcome() + " - " + result.reason());
                out.println(since(started) + " auditing the site");
                Audit audit = audit(site, reps, golden);
                AuditReport siteAudit = auditSite(site, reps, journal, lab.siteFile());
                RunHistory history = journal.history(result.runId()).orElseThrow();
                printTimeline(history, started);
                Document doc = IncidentReport.build(history, new ReportTime(ZoneId.systemDefault()), java.util.Optional.of(site));
                Path md = dir.resolve("incident-report.md");
                Path html = dir.resolve("incident-report.html");
                ReportFiles.writeMarkdown(doc, md);
                ReportFiles.writeHtml(doc, html);
                out.println("audit: " + siteAudit.devices().size() + " devices " + siteAudit.counts() + "; compliance "
                        + (audit.devices - audit.drifted) + "/" + audit.devices + "; checks: "
                        + audit.findings.stream().filter(Finding::isError).count() + " errors");
                siteAudit.findings().forEach(f -> out.println("  " + f));
                audit.findings.stream().filter(Finding::isError).forEach(f -> out.println("  " + f.where() + ": " + f.message()));
                out.println("incident report: " + md.toAbsolutePath() + " (and " + html.getFileName() + ", with the outage chart and topology)");
                out.println("journal: " + journalFile.toAbsolutePath());
                out.printf("demo took %.1f s%n", Duration.between(started, clock.instant()).toMillis() / 1000.0);
                return new Result(result, audit.devices, audit.drifted + (siteAudit.exitCode() == 0 ? 0 : 1), audit.findings, md, html);
            }
        }
    }

    private String since(Instant start) {
        return String.format("[%5.1fs]", Duration.between(start, clock.instant()).toMillis() / 1000.0);
    }

    private NetconfDeviceAccess access() {
        return new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(5), Duration.ofSeconds(30), clock);
    }

    private record Audit(int devices, int drifted, List<Finding> findings) {}

    /** The drift audit of the site as it now is (the replaced devices at their new addresses), journaled. */
    private AuditReport auditSite(Site site, List<Replacement> reps, Journal journal, Path siteFile) {
        Map<String, Device> devices = new LinkedHashMap<>(site.devices());
        reps.forEach(r -> devices.put(r.oldDevice(), devices.get(r.oldDevice()).withManagement(r.newAddress())));
        Site now = new Site(site.file(), site.name(), site.description(), site.defaults(), site.models(), devices,
                site.vlans(), site.services(), site.links(), site.suppressions());
        AuditJournal history = new AuditJournal(journal);
        long runId = history.begin(siteFile.toString(), List.of("--site", siteFile.toString()));
        return history.record(runId, AuditRunner.auditSite(now, AuditOptions.defaults().withParallel(8)));
    }

    /** Every device (the replaced ones at their new addresses) against its golden config, and the whole site's checks. */
    private Audit audit(Site site, List<Replacement> reps, TemplateGoldenConfigs golden) {
        int drifted;
        try (DriverPool pool = new DriverPool(site, access())) {
            reps.forEach(r -> pool.redirect(r.oldDevice(), r.newAddress(), false));
            java.util.concurrent.atomic.AtomicInteger drift = new java.util.concurrent.atomic.AtomicInteger();
            Observer.forEach(site.devices().keySet(), name -> {
                try {
                    ConfigDiff diff = pool.driver(name).compliance(golden.render(site, site.device(name)));
                    if (!diff.isEmpty()) {
                        drift.incrementAndGet();
                        out.println("  drift on " + name + ": " + diff.changes().size() + " differences, first: "
                                + org.switchover.driver.Secrets.redact(diff).render().lines().findFirst().orElse(""));
                    }
                } catch (NetconfException e) {
                    pool.drop(name);
                    drift.incrementAndGet();
                    out.println("  " + name + " unreachable: " + e.getMessage());
                }
            });
            drifted = drift.get();
            ObservedState observed = new Observer(pool).observe(site.devices().keySet());
            List<Finding> findings = Verifier.verify(site, observed, CheckScope.wholeSite(site, observed));
            return new Audit(site.devices().size(), drifted, findings);
        }
    }

    private void printTimeline(RunHistory history, Instant start) {
        out.println();
        out.println("timeline (seconds since the demo started):");
        for (Event e : history.events()) {
            out.printf("  %6.2f  %-17s %-8s %-15s %s%n", Duration.between(start, e.at()).toMillis() / 1000.0, e.kind(),
                    e.device().orElse(""), e.service().orElse(""), e.message().lines().findFirst().orElse(""));
        }
        out.println();
        out.println("per service:");
        for (ServiceOutage o : ServiceOutage.from(history.events())) {
            out.printf("  %-15s down since %s, restored %s%s%n", o.service(),
                    o.downSince().map(t -> String.format("%.2fs", Duration.between(start, t).toMillis() / 1000.0)).orElse("?"),
                    o.restoredAt().map(t -> String.format("at %.2fs", Duration.between(start, t).toMillis() / 1000.0)).orElse("NOT YET"),
                    o.duration().map(d -> String.format(" (down %.2fs)", d.toMillis() / 1000.0)).orElse(""));
        }
        out.println();
    }
}
