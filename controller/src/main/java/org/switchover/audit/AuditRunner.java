package org.switchover.audit;

import org.switchover.workflow.GoldenConfigs;
import org.switchover.workflow.TemplateGoldenConfigs;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DeviceAccess;
import org.switchover.workflow.access.NetconfDeviceAccess;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.render.Renderer;

/**
 * Audits the devices of a site, many at once: per device render golden, read running config and
 * state, compare, apply the site's suppressions. Many devices wait on the network at once, while
 * the goldens are rendered a little ahead on one thread per core (see {@link GoldenAhead}). Each
 * device has its own deadline, enforced by a watchdog that closes its session, so a hung device
 * costs its timeout and nothing more. A stop request lets started devices finish and starts no
 * more; they are listed as not audited.
 */
public final class AuditRunner {

    private final Function<Duration, DeviceAccess> access;
    private final GoldenConfigs golden;
    private final Clock clock;

    /**
     * @param access the device access for a per-device timeout, which bounds connecting and each
     *     RPC of that access (the run's {@link AuditOptions#deviceTimeout})
     */
    public AuditRunner(Function<Duration, DeviceAccess> access, GoldenConfigs golden, Clock clock) {
        this.access = access;
        this.golden = golden;
        this.clock = clock;
    }

    /**
     * The runner over real NETCONF sessions with the built-in templates, their renders kept in the
     * user's cache folder ({@link AuditGoldenCache}), and credentials from the environment.
     */
    public static AuditRunner standard(Clock clock) {
        return standard(clock, Renderer.builtIn());
    }

    /** As {@link #standard(Clock)} with {@code renderer}'s templates; their fingerprint keys the cache. */
    public static AuditRunner standard(Clock clock, Renderer renderer) {
        return new AuditRunner(timeout -> NetconfDeviceAccess.within(CredentialResolver.system(), timeout, clock),
                new AuditGoldenCache(new TemplateGoldenConfigs(renderer), renderer.fingerprint(), AuditGoldenCache.userCache()), clock);
    }

    /** One audit of {@code site} as {@link #standard} runs it: the entry point for other workflows. */
    public static AuditReport auditSite(Site site, AuditOptions options) {
        return standard(Clock.systemUTC()).run(site, options);
    }

    /** The device access for a per-device timeout. */
    public Function<Duration, DeviceAccess> access() {
        return access;
    }

    public GoldenConfigs golden() {
        return golden;
    }

    /** Audits the selected devices of {@code site}, each on a new session; the report lists them in site order. */
    public AuditReport run(Site site, AuditOptions options) {
        try (AuditSessions sessions = new FreshSessions(access.apply(options.deviceTimeout()))) {
            return run(site, options, sessions);
        }
    }

    /**
     * Audits that run again and again, keeping their sessions open between rounds: what a
     * scheduled audit uses. Close it when the schedule ends.
     */
    public AuditRounds rounds(Duration deviceTimeout) {
        return new AuditRounds(this, new KeptSessions(access.apply(deviceTimeout), clock, KeptSessions.DEFAULT_MAX_AGE,
                KeptSessions.budgetFor(Runtime.getRuntime().maxMemory())), deviceTimeout);
    }

    /** As {@link #run(Site, AuditOptions)} with sessions from {@code sessions}. */
    AuditReport run(Site site, AuditOptions options, AuditSessions sessions) {
        List<Device> devices = AuditSelection.devices(site, options.devices());
        AuditSuppressions suppressions = AuditSuppressions.of(site.suppressions());
        Instant started = clock.instant();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallel(), Math.max(1, devices.size())),
                new ThreadFactoryBuilder().setNameFormat("audit-%d").setDaemon(true).build());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                new ThreadFactoryBuilder().setNameFormat("audit-watchdog").setDaemon(true).build());
        AuditDeviceCheck check = new AuditDeviceCheck(sessions);
        GoldenAhead ahead = new GoldenAhead(golden, site, devices, Math.min(options.parallel(), Runtime.getRuntime().availableProcessors()),
                2 * options.parallel());
        try {
            List<CompletableFuture<Optional<AuditDeviceResult>>> results = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                Device d = devices.get(i);
                int index = i;
                CompletableFuture<Optional<AuditDeviceResult>> result = new CompletableFuture<>();
                pool.execute(() -> auditOne(check, site, d, () -> ahead.take(index), options, suppressions, watchdog, result));
                results.add(result);
            }
            List<AuditDeviceResult> audited = new ArrayList<>();
            List<String> notAudited = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                // a golden that cannot be rendered fails the audit with the renderer's error
                Optional<AuditDeviceResult> r = joined(results.get(i));
                if (r.isPresent()) audited.add(r.get());
                else notAudited.add(devices.get(i).name());
            }
            return AuditReport.of(site.name(), started, clock.instant(), audited, site.suppressions(), notAudited);
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
            ahead.close();
        }
    }

    private void auditOne(AuditDeviceCheck check, Site site, Device device, Supplier<ConfigPayload> goldenOf, AuditOptions options, AuditSuppressions suppressions,
            ScheduledExecutorService watchdog, CompletableFuture<Optional<AuditDeviceResult>> result) {
        if (options.stopRequested().getAsBoolean()) {
            result.complete(Optional.empty());
            return;
        }
        Instant start = clock.instant();
        Duration timeout = options.deviceTimeout();
        AtomicReference<PlatformDriver> driver = new AtomicReference<>();
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            AuditFinding late = AuditDeviceCheck.unreachable(device.name(), device.name() + " at " + device.management()
                    + " did not finish its audit within " + readable(timeout) + "; check the device and the path to it");
            if (result.complete(Optional.of(AuditDeviceResult.of(device.name(), List.of(late), suppressions, timeout)))) {
                worker.interrupt();
                abandon(driver.get());
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ConfigPayload payload = goldenOf.get();
            List<AuditFinding> raw = check.findings(site, device, payload, driver);
            result.complete(Optional.of(AuditDeviceResult.of(device.name(), raw, suppressions, Duration.between(start, clock.instant()))));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        } finally {
            deadline.cancel(false);
            Thread.interrupted();
        }
    }

    /** {@code f}'s value once done; a failure is thrown as the exception it completed with, not wrapped. */
    static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    static String readable(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + "ms" : d.toSeconds() + "s";
    }

    /** Closes an overrunning device's session off the watchdog thread, since a close may itself wait. */
    private static void abandon(PlatformDriver driver) {
        if (driver == null) return;
        Thread t = new Thread(driver::close, "audit-abandon-" + driver.device());
        t.setDaemon(true);
        t.start();
    }
}
