package org.switchover.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.switchover.inventory.Suppression;

/**
 * The result of one audit of a site: every device audited (in site order), the site's
 * suppressions (shown in every report, used or not), and the devices a stop request left
 * unaudited. What every report format renders and the journal stores.
 */
public record AuditReport(
        String site,
        Instant started,
        Instant finished,
        List<AuditDeviceResult> devices,
        List<Suppression> suppressions,
        List<String> notAudited,
        Optional<Long> auditId,
        Map<String, Instant> firstSeen) {

    /** Exit codes as the CLI returns them. */
    public static final int EXIT_CLEAN = 0;
    public static final int EXIT_DRIFT = 1;
    public static final int EXIT_UNREACHABLE = 3;

    public AuditReport {
        requireNonNull(site, "site");
        requireNonNull(started, "started");
        requireNonNull(finished, "finished");
        devices = ImmutableList.copyOf(devices);
        suppressions = ImmutableList.copyOf(suppressions);
        notAudited = ImmutableList.copyOf(notAudited);
        requireNonNull(auditId, "auditId");
        firstSeen = ImmutableMap.copyOf(firstSeen);
    }

    /** A report not yet stored in a journal. */
    public static AuditReport of(String site, Instant started, Instant finished, List<AuditDeviceResult> devices,
            List<Suppression> suppressions, List<String> notAudited) {
        return new AuditReport(site, started, finished, devices, suppressions, notAudited, Optional.empty(), Map.of());
    }

    /** This report as stored: its journal id and, per finding key, when the journal first saw it. */
    public AuditReport withHistory(long id, Map<String, Instant> firstSeenByKey) {
        return new AuditReport(site, started, finished, devices, suppressions, notAudited, Optional.of(id), firstSeenByKey);
    }

    /** When {@code finding} was first seen: from the journal, or this audit when it is new. */
    public Instant firstSeen(AuditFinding finding) {
        return firstSeen.getOrDefault(finding.key(), started);
    }

    public Duration elapsed() {
        return Duration.between(started, finished);
    }

    /**
     * 3 when a device could not be audited (unreachable, changed host key, or skipped by a stop),
     * else 1 when any device drifted, else 0. An incomplete audit outranks drift: a clean
     * answer about the devices that were reached says nothing about the rest.
     */
    public int exitCode() {
        if (!notAudited.isEmpty() || devices.stream().anyMatch(d -> d.outcome() == AuditOutcome.UNREACHABLE
                || d.outcome() == AuditOutcome.HOST_KEY_CHANGED)) {
            return EXIT_UNREACHABLE;
        }
        return devices.stream().anyMatch(d -> d.outcome() == AuditOutcome.DRIFT) ? EXIT_DRIFT : EXIT_CLEAN;
    }

    public long count(AuditOutcome outcome) {
        return devices.stream().filter(d -> d.outcome() == outcome).count();
    }

    /** Outcome counts in outcome order, zeros included. */
    public Map<AuditOutcome, Long> counts() {
        Map<AuditOutcome, Long> m = new TreeMap<>();
        for (AuditOutcome o : AuditOutcome.values()) m.put(o, count(o));
        return m;
    }

    public List<AuditFinding> findings() {
        return devices.stream().flatMap(d -> d.findings().stream()).toList();
    }

    public List<AuditSuppressions.Suppressed> suppressed() {
        return devices.stream().flatMap(d -> d.suppressed().stream()).toList();
    }

    /** How many findings {@code s} hid in this audit. */
    public long hiddenBy(Suppression s) {
        return suppressed().stream().filter(x -> x.by().equals(s)).count();
    }

    /** Devices worst first, then by name: the order people read. */
    public List<AuditDeviceResult> worstFirst() {
        return devices.stream()
                .sorted(Comparator.comparing(AuditDeviceResult::outcome).thenComparing(AuditDeviceResult::device))
                .toList();
    }

    public Optional<AuditDeviceResult> device(String name) {
        return devices.stream().filter(d -> d.device().equals(name)).findFirst();
    }
}
