package org.switchover.status;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchover.report.DeviceCondition;

/**
 * The status page's content at one moment, as data: what the page shows and {@code /status.json}
 * carries. Built only from journal records and the site's names, so it holds no secret and no
 * configuration.
 */
public record StatusView(
        Instant asOf,
        String siteName,
        Optional<Long> runId,
        String runWords,
        boolean live,
        List<DeviceLine> replacing,
        List<String> current,
        List<NextWave> next,
        List<ServiceLine> services,
        List<TimelineLine> timeline,
        Optional<String> topologySvg,
        Optional<Instant> estimatedEnd) {

    public StatusView {
        replacing = ImmutableList.copyOf(replacing);
        current = ImmutableList.copyOf(current);
        next = ImmutableList.copyOf(next);
        services = ImmutableList.copyOf(services);
        timeline = ImmutableList.copyOf(timeline);
    }

    /** A switch being replaced and where it stands. */
    public record DeviceLine(String device, DeviceCondition condition) {}

    /**
     * One service: its state, restore priority (0 when the site is not at hand), down since,
     * restored at, and for a service still waiting the estimated time it comes back.
     */
    public record ServiceLine(String name, String description, int priority, ServiceState state,
            Optional<Instant> downSince, Optional<Instant> restoredAt, Optional<Instant> estimate) {

        /** Down since to restored at, or to {@code now} while still down; empty if never down. */
        public Optional<Duration> outage(Instant now) {
            return downSince.map(d -> Duration.between(d, restoredAt.orElse(now)));
        }
    }

    /** A traffic wave still to come, in the order they run, with the estimate of its end. */
    public record NextWave(String wave, int priority, Optional<Instant> estimate) {}

    /** One line of the timeline. */
    public record TimelineLine(Instant at, String what, String device, String service, String details) {}
}
