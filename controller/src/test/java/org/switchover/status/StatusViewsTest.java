package org.switchover.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.journal.Run;
import org.switchover.journal.RunKind;
import org.switchover.journal.Step;
import org.switchover.status.PlannedStep.Wave;
import org.switchover.status.StatusView.ServiceLine;

/** What the page says about services, and that its estimates never run ahead of what the run observed. */
class StatusViewsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final Wave WAVE_1 = new Wave("core-1", 1, 1, List.of("public-desk"));
    private static final Wave WAVE_2 = new Wave("core-1", 2, 2, List.of("cctv"));

    /** core-1's plan: push, then wave 1 (public-desk), then wave 2 (cctv). */
    private static final List<PlannedStep> PLAN = List.of(
            new PlannedStep("core-1/pre-check", "core-1", Optional.empty()),
            new PlannedStep("core-1/staged-push", "core-1", Optional.empty()),
            new PlannedStep("core-1/wave-1/flip", "core-1", Optional.of(WAVE_1)),
            new PlannedStep("core-1/wave-1/verify", "core-1", Optional.of(WAVE_1)),
            new PlannedStep("core-1/wave-1/confirm", "core-1", Optional.of(WAVE_1)),
            new PlannedStep("core-1/wave-2/flip", "core-1", Optional.of(WAVE_2)),
            new PlannedStep("core-1/wave-2/verify", "core-1", Optional.of(WAVE_2)),
            new PlannedStep("core-1/wave-2/confirm", "core-1", Optional.of(WAVE_2)),
            new PlannedStep("core-1/record", "core-1", Optional.empty()));

    private final List<Step> steps = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private Instant clock = T0;

    @Test
    void beforeAnyCheckServicesAreNotCheckedAndAfterTheFirstOnesDownAreDown() {
        StatusView waiting = StatusViews.build(StatusSnapshot.waiting(Optional.empty()), T0);
        assertThat(waiting.runWords()).isEqualTo("waiting for the replacement to start");
        assertThat(waiting.live()).isFalse();

        down("public-desk", "cctv");
        event(EventKind.DEVICE_FAILED, "core-1", null);
        StatusView started = view(false, T0.plusSeconds(1));
        assertThat(started.live()).isTrue();
        assertThat(states(started)).containsExactlyInAnyOrder("public-desk=DOWN", "cctv=DOWN");
        assertThat(started.replacing()).extracting(d -> d.device() + " " + d.condition().words()).containsExactly("core-1 failed");
        // nothing measured yet: no estimate rather than a guess
        assertThat(started.services()).allSatisfy(s -> assertThat(s.estimate()).isEmpty());
    }

    @Test
    void aWaveUnderWayMarksItsServicesBeingRestoredAndOthersStayDown() {
        down("public-desk", "cctv");
        done("core-1/pre-check", "precheck", 2);
        done("core-1/staged-push", "push-staged", 4);
        begin("core-1/wave-1/flip", "flip");

        StatusView v = view(false, clock.plusMillis(500));
        assertThat(states(v)).containsExactlyInAnyOrder("public-desk=BEING_RESTORED", "cctv=DOWN");
        assertThat(v.current()).singleElement().asString().startsWith("core-1: flip - ");
        assertThat(v.next()).extracting(StatusView.NextWave::wave).containsExactly("core-1 wave 1 (public-desk)", "core-1 wave 2 (cctv)");
        // the estimates follow the plan: wave 1's service is expected before wave 2's, both after now
        ServiceLine desk = line(v, "public-desk");
        ServiceLine cctv = line(v, "cctv");
        assertThat(desk.estimate()).get().matches(t -> t.isAfter(v.asOf()));
        assertThat(cctv.estimate().get()).isAfter(desk.estimate().get());
    }

    @Test
    void anEstimateNeverClaimsAServiceRestoredBeforeTheRunObservedIt() {
        down("public-desk", "cctv");
        done("core-1/pre-check", "precheck", 1);
        done("core-1/staged-push", "push-staged", 1);
        done("core-1/wave-1/flip", "flip", 1);
        done("core-1/wave-1/verify", "verify", 1);
        done("core-1/wave-1/confirm", "confirm", 1);
        // the wave is confirmed, but the checks have not (yet) seen public-desk whole
        event(EventKind.WAVE_CONFIRMED, "core-1", null);
        begin("core-1/wave-2/flip", "flip");

        // long after every estimate made from those one-second steps is due
        for (Instant now : List.of(clock, clock.plusSeconds(30), clock.plus(Duration.ofHours(2)))) {
            StatusView v = view(false, now);
            for (ServiceLine s : v.services()) {
                assertThat(s.state()).as(s.name()).isNotEqualTo(ServiceState.RESTORED);
                assertThat(s.restoredAt()).as(s.name()).isEmpty();
                assertThat(s.estimate()).as(s.name()).get().matches(t -> t.isAfter(now), "after now");
            }
            String json = StatusJson.render(v);
            assertThat(json).doesNotContain("\"restored\"").contains("\"restoredAt\" : null");
            assertThat(new StatusPage(new org.switchover.report.ReportTime(java.time.ZoneOffset.UTC)).fragment(v))
                    .doesNotContain("data-state=\"restored\"", "✔");
        }
        assertThat(view(false, clock.plus(Duration.ofHours(2))).estimatedEnd()).get()
                .matches(t -> t.isAfter(clock.plus(Duration.ofHours(2))));

        // once the run observes it, it is restored, with the observed time and no estimate
        event(EventKind.SERVICE_RESTORED, null, "public-desk");
        StatusView after = view(false, clock.plusSeconds(1));
        assertThat(states(after)).containsExactlyInAnyOrder("public-desk=RESTORED", "cctv=BEING_RESTORED");
        assertThat(line(after, "public-desk").restoredAt()).contains(clock);
        assertThat(line(after, "public-desk").estimate()).isEmpty();
    }

    @Test
    void aRunThatStoppedLeavesItsServicesNotRestoredWithoutEstimates() {
        down("public-desk", "cctv");
        done("core-1/pre-check", "precheck", 1);
        done("core-1/staged-push", "push-staged", 1);
        done("core-1/wave-1/flip", "flip", 1);
        event(EventKind.SERVICE_RESTORED, null, "public-desk");

        StatusView v = view(true, clock.plusSeconds(5));
        assertThat(v.live()).isFalse();
        assertThat(v.runWords()).startsWith("stopped: failed");
        assertThat(states(v)).containsExactlyInAnyOrder("public-desk=RESTORED", "cctv=NOT_RESTORED");
        assertThat(v.services()).allSatisfy(s -> assertThat(s.estimate()).isEmpty());
        assertThat(v.next()).isEmpty();
        assertThat(v.timeline().get(0).what()).isEqualTo("Run finished");
    }

    private StatusView view(boolean finished, Instant now) {
        Run run = new Run(7, RunKind.REPLACE, "alice", T0, finished ? Optional.of(clock) : Optional.empty(),
                finished ? Optional.of(Outcome.FAILED) : Optional.empty(), finished ? "wave 2 failed" : "", "site.yaml", List.of());
        return StatusViews.build(new StatusSnapshot(Optional.of(run), steps, events, Optional.empty(), PLAN), now);
    }

    private void down(String... services) {
        for (String s : services) event(EventKind.SERVICE_DOWN, null, s);
    }

    private void event(EventKind kind, String device, String service) {
        events.add(new Event(events.size() + 1, 7, clock, kind, Optional.ofNullable(device), Optional.ofNullable(service), kind.name()));
    }

    private void done(String id, String action, int seconds) {
        Instant start = clock;
        clock = clock.plusSeconds(seconds);
        steps.add(new Step(steps.size() + 1, 7, "core-1", action, id + ": something", start, Optional.of(clock),
                Optional.of(Outcome.OK), ""));
    }

    private void begin(String id, String action) {
        steps.add(new Step(steps.size() + 1, 7, "core-1", action, id + ": something", clock, Optional.empty(), Optional.empty(), ""));
    }

    private static List<String> states(StatusView v) {
        return v.services().stream().map(s -> s.name() + "=" + s.state()).toList();
    }

    private static ServiceLine line(StatusView v, String name) {
        return v.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
