package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.audit.AuditFixtures.healthy;
import static org.switchover.audit.AuditFixtures.site;

import com.google.common.net.HostAndPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigDiff;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.workflow.access.DeviceAccess;

class KeptSessionsTest {

    private final Site site = site();
    private final Device core = site.device("core1");
    private final List<FakeAuditDriver> opened = new CopyOnWriteArrayList<>();
    private final DeviceAccess access = (d, address, trust) -> {
        FakeAuditDriver driver = new FakeAuditDriver(d.name(), healthy(site, d.name()), ConfigDiff.empty(), false);
        opened.add(driver);
        return driver;
    };
    private final AtomicReference<Instant> now = new AtomicReference<>(AuditFixtures.T0);
    private final Clock clock = clockAt(now);

    private static Clock clockAt(AtomicReference<Instant> now) {
        Clock clock = org.mockito.Mockito.mock(Clock.class);
        org.mockito.Mockito.when(clock.instant()).thenAnswer(i -> now.get());
        return clock;
    }
    private final KeptSessions sessions = new KeptSessions(access, clock, Duration.ofHours(1), 2);

    @Test
    void aSessionGivenBackHealthyIsLentAgainWithoutOpeningAnother() {
        AuditSessions.Lent first = sessions.borrow(core);
        sessions.giveBack(first, true);
        AuditSessions.Lent second = sessions.borrow(core);
        assertThat(second.driver()).isSameAs(first.driver());
        assertThat(second.reused()).isTrue();
        assertThat(first.reused()).isFalse();
        assertThat(opened).hasSize(1);
        assertThat(sessions.opened()).isEqualTo(1);
        assertThat(sessions.reused()).isEqualTo(1);
    }

    @Test
    void aSessionWhoseUseFailedIsClosedAndNeverLentAgain() {
        AuditSessions.Lent first = sessions.borrow(core);
        sessions.giveBack(first, false);
        assertThat(opened.get(0).isClosed()).isTrue();
        AuditSessions.Lent second = sessions.borrow(core);
        assertThat(second.driver()).isNotSameAs(first.driver());
        assertThat(second.reused()).isFalse();
    }

    @Test
    void aKeptSessionTheDeviceClosedIsReplacedOnTheNextBorrow() {
        AuditSessions.Lent first = sessions.borrow(core);
        sessions.giveBack(first, true);
        first.driver().close();
        AuditSessions.Lent second = sessions.borrow(core);
        assertThat(second.driver()).isNotSameAs(first.driver());
        assertThat(second.reused()).isFalse();
    }

    @Test
    void aSessionOlderThanTheMaximumAgeIsClosedSoTheHostKeyIsCheckedAgain() {
        AuditSessions.Lent first = sessions.borrow(core);
        sessions.giveBack(first, true);
        now.set(AuditFixtures.T0.plus(Duration.ofMinutes(59)));
        AuditSessions.Lent stillKept = sessions.borrow(core);
        assertThat(stillKept.driver()).isSameAs(first.driver());
        sessions.giveBack(stillKept, true);
        now.set(AuditFixtures.T0.plus(Duration.ofHours(1)));
        AuditSessions.Lent renewed = sessions.borrow(core);
        assertThat(renewed.driver()).isNotSameAs(first.driver());
        assertThat(opened.get(0).isClosed()).isTrue();
    }

    @Test
    void aDeviceNowAtAnotherAddressGetsASessionThere() {
        sessions.giveBack(sessions.borrow(core), true);
        Device moved = new Device(core.name(), core.role(), core.platform(), core.model(), HostAndPort.fromParts("192.0.2.99", 830),
                core.serial(), core.credentials(), core.knownHosts(), core.ports());
        AuditSessions.Lent there = sessions.borrow(moved);
        assertThat(there.reused()).isFalse();
        assertThat(opened.get(0).isClosed()).isTrue();
    }

    @Test
    void closeIdleClosesKeptSessionsAndCloseAlsoThoseGivenBackLater() {
        sessions.giveBack(sessions.borrow(core), true);
        AuditSessions.Lent inUse = sessions.borrow(site.device("acc1"));
        sessions.closeIdle();
        assertThat(opened.get(0).isClosed()).isTrue();
        assertThat(opened.get(1).isClosed()).as("in use, not idle").isFalse();
        sessions.close();
        sessions.giveBack(inUse, true);
        assertThat(opened.get(1).isClosed()).as("given back after close").isTrue();
    }

    @Test
    void beyondItsSeatsTheSameDevicesStayKeptAndTheRestAreClosedAfterUse() {
        Device acc1 = site.device("acc1");
        Device acc2 = site.device("acc2");
        for (int round = 0; round < 2; round++) {
            List<AuditSessions.Lent> lent = List.of(sessions.borrow(core), sessions.borrow(acc1), sessions.borrow(acc2));
            lent.forEach(l -> sessions.giveBack(l, true));
        }
        assertThat(opened).as("core1 and acc1 kept, acc2 opened in each round").hasSize(4);
        assertThat(opened.get(2).isClosed()).isTrue();
        assertThat(sessions.reused()).isEqualTo(2);
    }

    @Test
    void aRoundOfMoreDevicesThanTheBudgetKeepsNoneAndClosesThoseKeptBefore() {
        sessions.startRound(2);
        sessions.giveBack(sessions.borrow(core), true);
        sessions.startRound(3);
        assertThat(opened.get(0).isClosed()).as("kept in the smaller round, closed now").isTrue();
        AuditSessions.Lent lent = sessions.borrow(core);
        assertThat(lent.reused()).isFalse();
        sessions.giveBack(lent, true);
        assertThat(opened.get(1).isClosed()).as("not kept while the fleet does not fit").isTrue();
    }

    @Test
    void theBudgetIsAQuarterOfTheHeapAtTheMeasuredSizeOfASession() {
        assertThat(KeptSessions.budgetFor(512L * 1024 * 1024)).isEqualTo(682);
        assertThat(KeptSessions.budgetFor(6L * 1024 * 1024 * 1024)).isGreaterThan(5000);
        assertThat(KeptSessions.budgetFor(1)).isEqualTo(1);
    }

    @Test
    void aKeptSessionDroppedUnnoticedIsRetriedOnceOnANewSession() {
        AuditDeviceCheck check = new AuditDeviceCheck(sessions);
        AtomicReference<org.switchover.driver.PlatformDriver> slot = new AtomicReference<>();
        assertThat(check.findings(site, core, AuditRunnerTest.golden(site, core), slot)).isEmpty();
        opened.get(0).droppedUnnoticed = true;
        assertThat(check.findings(site, core, AuditRunnerTest.golden(site, core), slot))
                .as("the device is fine; only the kept session was gone").isEmpty();
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).isClosed()).isTrue();
        assertThat(slot.get()).isSameAs(opened.get(1));
    }

    @Test
    void aNewSessionThatDropsIsReportedNotRetried() {
        DeviceAccess dropping = (d, address, trust) -> {
            FakeAuditDriver driver = new FakeAuditDriver(d.name(), healthy(site, d.name()), ConfigDiff.empty(), false);
            driver.droppedUnnoticed = true;
            opened.add(driver);
            return driver;
        };
        List<AuditFinding> findings = new AuditDeviceCheck(new KeptSessions(dropping, clock, Duration.ofHours(1), 2))
                .findings(site, core, AuditRunnerTest.golden(site, core), new AtomicReference<>());
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(AuditFindingKind.UNREACHABLE));
        assertThat(opened).hasSize(1);
    }
}
