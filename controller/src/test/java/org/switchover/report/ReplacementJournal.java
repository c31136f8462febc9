package org.switchover.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;
import org.switchover.journal.SteppingClock;

/**
 * Writes a journal the way a replacement writes it: core-1 and dist-2 failed early in the
 * morning, replacements racked, staged push, two traffic waves by service priority.
 */
final class ReplacementJournal {

    static final Instant FAILED_AT = Instant.parse("2026-11-28T08:12:00Z");
    static final Instant STARTED = Instant.parse("2026-11-28T09:00:00Z");

    private final Journal journal;
    private final SteppingClock clock;

    ReplacementJournal(Path file) {
        this.clock = new SteppingClock(STARTED);
        this.journal = Journal.open(file, clock, "alice");
    }

    Journal journal() {
        return journal;
    }

    /** A replacement that completes: both waves confirmed. */
    long completed() {
        long run = begin();
        wave(run, 1, List.of("cctv", "public-services"), true);
        wave(run, 2, List.of("social-affairs"), true);
        journal.event(run, EventKind.DEVICE_REPLACED, "core-1", null, "now at 127.0.0.1:4830, serial SN-CORE-NEW-7");
        journal.event(run, EventKind.DEVICE_REPLACED, "dist-2", null, "now at 127.0.0.1:4831, serial SN-DIST-NEW-3");
        clock.advance(Duration.ofSeconds(2));
        journal.finishRun(run, Outcome.OK, "2 switches replaced");
        return run;
    }

    /** A replacement whose second wave fails its checks and is rolled back; the controller then dies. */
    long interruptedAfterRollback() {
        long run = begin();
        wave(run, 1, List.of("cctv", "public-services"), true);
        wave(run, 2, List.of("social-affairs"), false);
        clock.advance(Duration.ofSeconds(5));
        journal.commitPending(run, "dist-2", "r-w3", "wave 3", Duration.ofSeconds(120));
        journal.beginStep(run, "dist-2", "flip", "wave 3: <retry> & \"quote\"");
        return run;
    }

    private long begin() {
        long run = journal.startRun(RunKind.REPLACE, "sites/city/site.yaml",
                List.of("replace", "--site", "sites/city/site.yaml", "--replace", "core-1=127.0.0.1:4830",
                        "--replace", "dist-2=127.0.0.1:4831", "--yes"));
        journal.event(run, EventKind.DEVICE_FAILED, FAILED_AT, "core-1", null, "no answer since 08:12");
        journal.event(run, EventKind.DEVICE_FAILED, FAILED_AT.plusSeconds(180), "dist-2", null, "powered off");
        journal.event(run, EventKind.SERVICE_DOWN, FAILED_AT, null, "cctv", "core-1 failed");
        journal.event(run, EventKind.SERVICE_DOWN, FAILED_AT, null, "public-services", "core-1 failed");
        journal.event(run, EventKind.SERVICE_DOWN, FAILED_AT.plusSeconds(180), null, "social-affairs", "dist-2 failed");
        for (String device : List.of("core-1", "dist-2")) {
            step(run, device, "precheck", "model, serial, host key", Outcome.OK, "");
            journal.recordDevice(run, device, true, device.equals("core-1") ? "127.0.0.1:4830" : "127.0.0.1:4831",
                    device.equals("core-1") ? "OC-48" : "OC-24",
                    device.equals("core-1") ? "SN-CORE-NEW-7" : "SN-DIST-NEW-3", "SHA256:" + device + "key");
            journal.recordDiff(run, device, "before push", new ConfigDiff(List.of(
                    new ConfigChange("/interfaces/interface[name=eth1]/config/description", null, "uplink"))));
            journal.commitPending(run, device, "r-staged-" + device, "staged golden config", Duration.ofSeconds(120));
            step(run, device, "push-staged", "golden config, data ports down", Outcome.OK, "");
            journal.recordDiff(run, device, "compliance after staged push", ConfigDiff.empty());
            step(run, device, "confirm", "staged golden config", Outcome.OK, "");
            journal.commitConfirmed(device, "r-staged-" + device);
        }
        return run;
    }

    private void wave(long run, int n, List<String> services, boolean passes) {
        clock.advance(Duration.ofSeconds(30));
        String persistId = "r-w" + n;
        journal.event(run, EventKind.WAVE_STARTED, null, null, "wave " + n + ": " + String.join(", ", services));
        for (String device : List.of("core-1", "dist-1")) {
            journal.commitPending(run, device, persistId, "wave " + n, Duration.ofSeconds(120));
            step(run, device, "flip", "wave " + n + ": enable ports of " + String.join(", ", services), Outcome.OK, "");
        }
        journal.recordCheck(run, "core-1", "link-up", true, "eth1..eth4 up");
        journal.recordCheck(run, "dist-1", "lldp", passes, passes ? "eth48 hears core-1 eth1"
                : "eth48 hears core-1 eth9, expected core-1 eth2");
        clock.advance(Duration.ofSeconds(10));
        for (String device : List.of("core-1", "dist-1")) {
            if (passes) {
                journal.commitConfirmed(device, persistId);
            } else {
                journal.commitCancelled(device, persistId);
                step(run, device, "cancel", "wave " + n, Outcome.ROLLED_BACK, "lldp mismatch on dist-1 eth48");
            }
        }
        if (passes) {
            journal.event(run, EventKind.WAVE_CONFIRMED, null, null, "wave " + n);
            services.forEach(s -> journal.event(run, EventKind.SERVICE_RESTORED, null, s, "wave " + n + " confirmed"));
        } else {
            journal.event(run, EventKind.WAVE_ROLLED_BACK, null, null,
                    "dist-1 eth48 hears core-1 eth9, expected core-1 eth2");
        }
    }

    private void step(long run, String device, String action, String detail, Outcome outcome, String message) {
        long id = journal.beginStep(run, device, action, detail);
        clock.advance(Duration.ofMillis(700));
        journal.finishStep(id, outcome, message);
    }
}
