package org.switchover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.switchover.inventory.Site;
import org.switchover.journal.Journal;
import org.switchover.report.AuditFormat;
import org.switchover.schedule.CronSchedule;
import org.switchover.schedule.IntervalSchedule;
import org.switchover.schedule.Schedule;
import org.switchover.schedule.ScheduleLoop;
import org.switchover.schedule.StopSignal;
import org.switchover.audit.AuditJournal;
import org.switchover.audit.AuditOptions;
import org.switchover.audit.AuditRemediation;
import org.switchover.audit.AuditRemediationPlan;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditRounds;
import org.switchover.audit.AuditRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code switchover audit}: drift audit of a site, once or on a schedule, with reports and optional remediation. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditHistoryCommand.class,
        description = {"Compares every switch with its golden configuration and intended state (ports, VLANs, LLDP).",
                "Exit codes: 0 clean, 1 drift found, 2 bad input, 3 a device could not be audited."})
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--site", paramLabel = "FILE", description = "the site inventory (site.yaml)")
    Path siteFile;

    @picocli.CommandLine.Mixin
    TemplatesOption templates;

    /** The templates' renderer, checked once before the first round. */
    private org.switchover.render.Renderer renderer;

    @picocli.CommandLine.Mixin
    InlineSecretsOption secrets;

    @Option(names = "--device", paramLabel = "D", description = "audit only this device (repeatable); default all")
    List<String> devices = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, html or junit")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report here instead of standard output")
    Path out;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "" + AuditOptions.DEFAULT_PARALLEL,
            description = "devices audited at once (default ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--device-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "longest one device may take (default ${DEFAULT-VALUE})")
    String deviceTimeout;

    @ArgGroup(exclusive = true)
    Repeat repeat;

    /** At most one way of repeating. */
    static final class Repeat {
        @Option(names = "--every", paramLabel = "DURATION", description = "run now and then every DURATION (6h, 30m)")
        String every;

        @Option(names = "--cron", paramLabel = "EXPR", description = "run at the times of a 5-field cron expression")
        String cron;
    }

    @Option(names = "--zone", paramLabel = "ZONE", description = "time zone of --cron (default the system's)")
    String zone;

    @Option(names = "--remediate", description = "push golden config to devices with config drift (shows the plan unless --yes)")
    boolean remediate;

    @Option(names = "--yes", description = "carry out --remediate without asking")
    boolean yes;

    @Option(names = "--confirm-timeout", paramLabel = "DURATION",
            description = "confirmed-commit timeout of remediation pushes (default the site's)")
    String confirmTimeout;

    @Option(names = "--journal", paramLabel = "PATH", defaultValue = Journal.DEFAULT_FILE,
            description = "the SQLite journal (default ${DEFAULT-VALUE})")
    Path journalFile;

    private final Clock clock;

    public AuditCommand() {
        this(Clock.systemUTC());
    }

    AuditCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Inputs in = inputs();
            renderer = templates.renderer();
            Site site = secrets.loader().loadOrThrow(siteFile);
            StopSignal stop = new StopSignal();
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = stopOnSignal(stop, finished, in.deviceTimeout());
            try (Journal journal = Journal.open(journalFile, clock)) {
                AuditRunner runner = AuditRunner.standard(clock, renderer);
                if (in.schedule() == null) return new AuditRound(site, journal, in, stop, runner::run, stdout, stderr).run();
                try (AuditRounds rounds = runner.rounds(in.deviceTimeout())) {
                    AuditRound round = new AuditRound(site, journal, in, stop, rounds::run, stdout, stderr);
                    ScheduleLoop.of(in.schedule(), clock, stop, stdout).run(() -> {
                        round.runQuietly(rounds.sessionCounts(), rounds::sessionCounts);
                        rounds.roundEnded(Duration.between(clock.instant(), in.schedule().nextAfter(clock.instant())));
                    });
                }
                return Main.OK;
            } finally {
                finished.countDown();
                removeHook(hook);
            }
        } catch (java.time.DateTimeException e) {
            stderr.println("audit: --zone " + zone + " is not a time zone (" + e.getMessage() + "); use e.g. Europe/Amsterdam or UTC");
            stderr.flush();
            return Main.BAD_INPUT;
        } catch (RuntimeException e) {
            int code = Failures.report(e, stderr);
            stderr.flush();
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.DEVICE_ERROR;
        }
    }

    /** The checked, parsed options. */
    record Inputs(AuditFormat format, Duration deviceTimeout, Schedule schedule, Duration confirmTimeout, AuditOptions options,
            Path out, boolean remediate, boolean yes, List<String> arguments) {}

    private Inputs inputs() {
        if (siteFile == null) throw new IllegalArgumentException("--site FILE is required (the site inventory, e.g. templates/sites/city/site.yaml)");
        AuditFormat f;
        try {
            f = AuditFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format " + format + " is not known; use text, json, html or junit");
        }
        Duration timeout = IntervalSchedule.parseDuration(deviceTimeout);
        Schedule schedule = null;
        if (repeat != null && repeat.every != null) schedule = IntervalSchedule.parse(repeat.every);
        if (repeat != null && repeat.cron != null) {
            schedule = CronSchedule.parse(repeat.cron, zone == null ? ZoneId.systemDefault() : ZoneId.of(zone));
        }
        if (yes && !remediate) throw new IllegalArgumentException("--yes only confirms --remediate; add --remediate or drop --yes");
        Duration confirm = confirmTimeout == null ? null : IntervalSchedule.parseDuration(confirmTimeout);
        AuditOptions options = new AuditOptions(devices, parallel, timeout, () -> false);
        return new Inputs(f, timeout, schedule, confirm, options, out, remediate, yes, arguments());
    }

    /** The command line as journaled: what was asked, never a secret (the site holds only references). */
    private List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("audit", "--site", siteFile.toString(), "--format", format));
        devices.forEach(d -> args.addAll(List.of("--device", d)));
        if (remediate) args.add("--remediate");
        if (yes) args.add("--yes");
        return args;
    }

    /**
     * On SIGTERM or Ctrl-C: ask the audit to stop between devices and hold the JVM until it has
     * finished the devices in flight and written the journal, bounded by one device timeout.
     */
    private static Thread stopOnSignal(StopSignal stop, CountDownLatch finished, Duration deviceTimeout) {
        Thread hook = new Thread(() -> {
            stop.requestStop();
            try {
                finished.await(deviceTimeout.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "audit-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and waits for us
        }
    }

    /** One audit: journal, run, report, and remediation when asked. */
    private final class AuditRound {
        private final Site site;
        private final BiFunction<Site, AuditOptions, AuditReport> audit;
        private final AuditJournal history;
        private final Journal journal;
        private final Inputs in;
        private final StopSignal stop;
        private final PrintWriter stdout;
        private final PrintWriter stderr;

        AuditRound(Site site, Journal journal, Inputs in, StopSignal stop, BiFunction<Site, AuditOptions, AuditReport> audit,
                PrintWriter stdout, PrintWriter stderr) {
            this.site = site;
            this.audit = audit;
            this.journal = journal;
            this.history = new AuditJournal(journal);
            this.in = in;
            this.stop = stop;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        int run() {
            long runId = history.begin(site.file().toString(), in.arguments());
            AuditReport report;
            try {
                report = history.record(runId, audit.apply(site, in.options().withStop(stop::isStopRequested)));
            } catch (RuntimeException e) {
                history.failed(runId, String.valueOf(e.getMessage()));
                throw e;
            }
            write(report);
            if (in.remediate()) remediate(report);
            return report.exitCode();
        }

        /**
         * A scheduled round: its failure is printed and the schedule goes on. {@code before} is
         * how sessions were had before this round, so the line says how many this one reused.
         */
        void runQuietly(AuditRounds.SessionCounts before, Supplier<AuditRounds.SessionCounts> after) {
            try {
                int code = run();
                AuditRounds.SessionCounts now = after.get();
                stderr.println("audit finished with exit code " + code + " (" + (now.reused() - before.reused())
                        + " sessions kept from the last round, " + (now.opened() - before.opened()) + " opened)");
            } catch (RuntimeException e) {
                stderr.println("audit failed: " + e.getMessage());
            }
        }

        private void write(AuditReport report) {
            String text = in.format().render(report);
            if (in.out() == null) {
                stdout.print(text);
                stdout.flush();
                return;
            }
            try {
                Path target = in.out().toAbsolutePath();
                if (target.getParent() != null) Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".audit-", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write the report to " + in.out() + ": " + e.getMessage(), e);
            }
            stdout.println("audit " + report.auditId().map(String::valueOf).orElse("") + ": " + report.devices().size()
                    + " devices, exit code " + report.exitCode() + "; " + in.format().id() + " report written to " + in.out());
        }

        private void remediate(AuditReport report) {
            AuditRemediationPlan plan = AuditRemediationPlan.of(report);
            stderr.print(plan.describe());
            if (plan.isEmpty()) return;
            if (!in.yes()) {
                stderr.println("nothing was pushed; run again with --remediate --yes to carry this out");
                return;
            }
            Duration confirm = in.confirmTimeout() != null ? in.confirmTimeout() : site.defaults().confirmTimeout();
            AuditRunner runner = AuditRunner.standard(clock, renderer);
            var outcomes = new AuditRemediation(runner.access(), runner.golden(), journal)
                    .apply(site, plan, confirm, in.deviceTimeout(), in.arguments());
            outcomes.forEach(o -> stderr.println("remediation " + o.device() + ": " + o.result().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " (" + o.message() + ")"));
        }
    }
}
