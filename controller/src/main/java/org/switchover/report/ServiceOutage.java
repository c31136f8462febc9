package org.switchover.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;

/**
 * One service's outage during a run: down since (its first SERVICE_DOWN event), restored at (its
 * last SERVICE_RESTORED after that), and how long it lasted. Either end may be unknown.
 */
public record ServiceOutage(String service, Optional<Instant> downSince, Optional<Instant> restoredAt) {

    public boolean restored() {
        return restoredAt.isPresent();
    }

    /** Down since to restored at; absent unless both are known. */
    public Optional<Duration> duration() {
        return downSince.flatMap(d -> restoredAt.map(r -> Duration.between(d, r)));
    }

    /** The outages events describe: restored services by restore time first, then the others by down since. */
    public static List<ServiceOutage> from(List<Event> events) {
        Map<String, Instant> down = new LinkedHashMap<>();
        Map<String, Instant> restored = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.service().isEmpty()) {
                continue;
            }
            String service = e.service().get();
            if (e.kind() == EventKind.SERVICE_DOWN) {
                down.merge(service, e.at(), (a, b) -> a.isBefore(b) ? a : b);
            } else if (e.kind() == EventKind.SERVICE_RESTORED) {
                restored.merge(service, e.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<String> services = new ArrayList<>(down.keySet());
        restored.keySet().stream().filter(s -> !down.containsKey(s)).forEach(services::add);
        return services.stream()
                .map(s -> new ServiceOutage(s, Optional.ofNullable(down.get(s)),
                        Optional.ofNullable(restored.get(s)).filter(r -> !down.containsKey(s) || !r.isBefore(down.get(s)))))
                .sorted(Comparator.comparing((ServiceOutage o) -> !o.restored())
                        .thenComparing(o -> o.restoredAt().or(o::downSince).orElse(Instant.MAX))
                        .thenComparing(ServiceOutage::service))
                .toList();
    }
}
