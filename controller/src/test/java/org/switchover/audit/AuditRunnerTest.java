package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchover.audit.AuditFixtures.healthy;
import static org.switchover.audit.AuditFixtures.site;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.switchover.workflow.access.DeviceAccess;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Site;
import org.switchover.inventory.Suppression;
import org.switchover.netconf.ConnectionRefusedException;
import org.switchover.netconf.HostKeyRefusedException;

class AuditRunnerTest {

    private final Site site = site(new Suppression("*", "/system/clock", "NTP sets the clock"));
    private final Map<String, FakeAuditDriver> opened = new ConcurrentHashMap<>();

    static ConfigPayload golden(Site site, org.switchover.inventory.Device d) {
        return new ConfigPayload(d.name(), "<config/>", List.of(new ConfigPayload.Subtree("urn:test", "interfaces")));
    }

    private FakeAuditDriver driver(String device, ConfigDiff diff, boolean hang) {
        FakeAuditDriver d = new FakeAuditDriver(device, healthy(site, device), diff, hang);
        opened.put(device, d);
        return d;
    }

    private AuditRunner runner(DeviceAccess access) {
        return new AuditRunner(timeout -> access, AuditRunnerTest::golden, Clock.systemUTC());
    }

    @Test
    void devicesOpenThroughAnAccessBoundedByTheRunsDeviceTimeout() {
        List<Duration> built = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeviceAccess access = (d, address, trust) -> {
            assertThat(address).isEqualTo(d.management());
            assertThat(trust).as("an audit never trusts a host key on first use").isFalse();
            return driver(d.name(), ConfigDiff.empty(), false);
        };
        AuditReport r = new AuditRunner(timeout -> {
            built.add(timeout);
            return access;
        }, AuditRunnerTest::golden, Clock.systemUTC()).run(site, AuditOptions.defaults().withDeviceTimeout(Duration.ofSeconds(7)));
        assertThat(built).containsExactly(Duration.ofSeconds(7));
        assertThat(r.exitCode()).isZero();
        assertThat(opened).hasSize(3);
    }

    @Test
    void aCleanSiteAuditsCleanInSiteOrder() {
        AuditReport r = runner((d, address, trust) -> driver(d.name(), ConfigDiff.empty(), false)).run(site, AuditOptions.defaults());
        assertThat(r.devices()).extracting(AuditDeviceResult::device).containsExactly("core1", "acc1", "acc2");
        assertThat(r.exitCode()).isZero();
        assertThat(opened.values()).allMatch(FakeAuditDriver::isClosed);
    }

    @Test
    void configDriftBecomesFindingsAndSuppressionsHideTheirPaths() {
        ConfigDiff diff = new ConfigDiff(List.of(
                new ConfigChange("/interfaces/interface[name=ge-0/0/1]/config/description", "oops", "uplink"),
                new ConfigChange("/system/clock/config/timezone-name", "UTC", "Europe/Amsterdam"),
                new ConfigChange("/system/aaa/authentication/users/user[username=ops]/config/password", "$6$abcdefgh$xyz", "$6$zzzzzzzz$q")));
        AuditReport r = runner((d, address, trust) -> driver(d.name(), d.name().equals("acc1") ? diff : ConfigDiff.empty(), false))
                .run(site, AuditOptions.defaults());
        AuditDeviceResult acc1 = r.device("acc1").orElseThrow();
        assertThat(acc1.outcome()).isEqualTo(AuditOutcome.DRIFT);
        assertThat(acc1.findings()).extracting(AuditFinding::path).containsExactly(
                "/interfaces/interface[name=ge-0/0/1]/config/description",
                "/system/aaa/authentication/users/user[username=ops]/config/password");
        assertThat(acc1.findings().get(0).expected()).isEqualTo("uplink");
        assertThat(acc1.findings().get(0).actual()).isEqualTo("oops");
        assertThat(acc1.findings().get(1).expected()).isEqualTo("(redacted)");
        assertThat(acc1.findings().get(1).actual()).isEqualTo("(redacted)");
        assertThat(acc1.suppressed()).singleElement().satisfies(s -> assertThat(s.by().reason()).isEqualTo("NTP sets the clock"));
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void unreachableAndChangedHostKeysAreFindingsNotFailures() {
        AuditReport r = runner((d, address, trust) -> switch (d.name()) {
            case "core1" -> throw new ConnectionRefusedException("core1", "connection refused at 127.0.0.1:2201", null);
            case "acc1" -> throw new HostKeyRefusedException("acc1", "[127.0.0.1]:2202", Path.of("known_hosts"),
                    HostKeyRefusedException.Reason.CHANGED, "SHA256:new", Optional.of("SHA256:old"));
            default -> driver(d.name(), ConfigDiff.empty(), false);
        }).run(site, AuditOptions.defaults());
        assertThat(r.device("core1").orElseThrow().outcome()).isEqualTo(AuditOutcome.UNREACHABLE);
        assertThat(r.device("core1").orElseThrow().findings().get(0).message()).contains("connection refused");
        AuditDeviceResult acc1 = r.device("acc1").orElseThrow();
        assertThat(acc1.outcome()).isEqualTo(AuditOutcome.HOST_KEY_CHANGED);
        assertThat(acc1.findings().get(0).expected()).isEqualTo("SHA256:old");
        assertThat(acc1.findings().get(0).actual()).isEqualTo("SHA256:new");
        assertThat(r.device("acc2").orElseThrow().outcome()).isEqualTo(AuditOutcome.CLEAN);
        assertThat(r.exitCode()).isEqualTo(3);
    }

    @Test
    void aHungDeviceCostsItsTimeoutAndDoesNotHoldUpTheOthers() throws Exception {
        long t0 = System.nanoTime();
        AuditReport r = runner((d, address, trust) -> driver(d.name(), ConfigDiff.empty(), d.name().equals("core1")))
                .run(site, AuditOptions.defaults().withParallel(2).withDeviceTimeout(Duration.ofMillis(300)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("whole audit bounded by one timeout").isLessThan(3_000);
        AuditDeviceResult core1 = r.device("core1").orElseThrow();
        assertThat(core1.outcome()).isEqualTo(AuditOutcome.UNREACHABLE);
        assertThat(core1.findings().get(0).message()).contains("did not finish its audit within 300ms");
        assertThat(r.device("acc1").orElseThrow().outcome()).isEqualTo(AuditOutcome.CLEAN);
        assertThat(r.device("acc2").orElseThrow().outcome()).isEqualTo(AuditOutcome.CLEAN);
        // the watchdog closed the hung session
        assertThat(opened.get("core1").awaitClosed(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void manyDevicesRunInParallelUpToTheBound() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        runner((d, address, trust) -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            bothStarted.countDown();
            try {
                // the first two devices are in flight together, or this waits out its bound and peak stays 1
                bothStarted.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return driver(d.name(), ConfigDiff.empty(), false);
        }).run(site, AuditOptions.defaults().withParallel(2));
        assertThat(peak.get()).isEqualTo(2);
    }

    @Test
    void aStopRequestFinishesStartedDevicesAndStartsNoMore() {
        AtomicBoolean stop = new AtomicBoolean();
        AuditReport r = runner((d, address, trust) -> {
            stop.set(true); // the signal arrives while the first device is being audited
            return driver(d.name(), ConfigDiff.empty(), false);
        }).run(site, AuditOptions.defaults().withParallel(1).withStop(stop::get));
        assertThat(r.devices()).extracting(AuditDeviceResult::device).containsExactly("core1");
        assertThat(r.notAudited()).containsExactly("acc1", "acc2");
        assertThat(r.exitCode()).isEqualTo(3);
    }

    @Test
    void aSelectionAuditsOnlyNamedDevicesAndRefusesUnknownNames() {
        AuditReport r = runner((d, address, trust) -> driver(d.name(), ConfigDiff.empty(), false))
                .run(site, AuditOptions.defaults().withDevices(List.of("acc2", "core1")));
        assertThat(r.devices()).extracting(AuditDeviceResult::device).containsExactly("core1", "acc2");
        assertThatThrownBy(() -> runner((d, address, trust) -> driver(d.name(), ConfigDiff.empty(), false))
                .run(site, AuditOptions.defaults().withDevices(List.of("core9"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no device core9 in site.yaml");
    }
}
