package org.switchover.workflow;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchover.inventory.Site;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.inventory.Service;
import org.switchover.verify.Finding;
import org.switchover.verify.Gateways;
import org.switchover.verify.ObservedState;
import org.switchover.verify.ReachabilityCheck;

/**
 * Which services are down, and when each comes back: a service is down while some of its access
 * ports cannot reach its gateway, and restored once every one of them can again, as seen on every
 * gateway and access switch of the service (a service whose devices do not all answer is never
 * reported restored). Devices down for
 * good ({@code unavailable}, not being replaced) are not counted against a service.
 */
final class ServiceTimeline {

    private final Site site;
    private final Journal journal;
    private final long runId;
    private final Set<String> unavailable;
    private final Set<String> down = new LinkedHashSet<>();

    ServiceTimeline(Site site, Journal journal, long runId, Set<String> unavailable) {
        this.site = site;
        this.journal = journal;
        this.runId = runId;
        this.unavailable = Set.copyOf(unavailable);
    }

    /** Journals each service down in {@code observed}, down since {@code since}. */
    synchronized Set<String> recordDown(ObservedState observed, Instant since) {
        for (String service : site.services().keySet()) {
            List<Finding> findings = check(observed, service);
            if (!findings.isEmpty() && down.add(service)) {
                journal.event(runId, EventKind.SERVICE_DOWN, since, null, service, findings.get(0).message());
            }
        }
        return Set.copyOf(down);
    }

    /** Journals each down service that {@code observed} shows whole again; returns them. */
    synchronized Set<String> recordRestored(ObservedState observed) {
        Set<String> restored = new LinkedHashSet<>();
        for (String service : List.copyOf(down)) {
            if (verified(observed, service) && check(observed, service).isEmpty()) {
                down.remove(service);
                restored.add(service);
                journal.event(runId, EventKind.SERVICE_RESTORED, null, service, "every access port reaches its gateway");
            }
        }
        return restored;
    }

    synchronized Set<String> stillDown() {
        return Set.copyOf(down);
    }

    /** Did every gateway and every device with access ports of {@code service} answer? Else nothing was verified. */
    private boolean verified(ObservedState observed, String service) {
        Service s = site.services().get(service);
        if (s == null) return false;
        Set<String> needed = new LinkedHashSet<>(Gateways.of(site, s));
        needed.addAll(ReachabilityCheck.accessPorts(site, s).keySet());
        return needed.stream().allMatch(observed::answered);
    }

    private List<Finding> check(ObservedState observed, String service) {
        return ReachabilityCheck.check(site, observed, Set.of(service), unavailable, Set.of());
    }
}
