package org.switchover.workflow;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchover.driver.InterfaceState;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.plan.FlipWave;
import org.switchover.plan.Plan;
import org.switchover.plan.ReplacementPlan;
import org.switchover.verify.DeviceObservation;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.inventory.Service;
import org.switchover.verify.Finding;
import org.switchover.verify.Gateways;
import org.switchover.verify.ObservedState;
import org.switchover.verify.ReachabilityCheck;

/**
 * Which services are down, and when each comes back: a service is down while some of its access
 * ports cannot reach its gateway, and restored once every one of them, site-wide, can again, as
 * seen on every gateway and access switch of the service (a service whose devices do not all
 * answer is never reported restored). Computed over the whole site after each wave of any
 * replacement of the run, never within one wave's scope: a port that a wave of the run still has
 * to enable and confirm ({@code unconfirmed}) carries nothing yet, whatever the device says, so a
 * service behind it is restored by that wave and not earlier. Devices down for good
 * ({@code unavailable}, not being replaced) are not counted against a service.
 */
final class ServiceTimeline {

    private final Site site;
    private final Journal journal;
    private final long runId;
    private final Set<String> unavailable;
    private final Set<Link.Endpoint> unconfirmed = new HashSet<>();
    private final Set<String> down = new LinkedHashSet<>();

    ServiceTimeline(Site site, Journal journal, long runId, Set<String> unavailable) {
        this(site, journal, runId, unavailable, Set.of());
    }

    /** {@code unconfirmed}: the ports the run's waves still enable, until each wave is confirmed. */
    ServiceTimeline(Site site, Journal journal, long runId, Set<String> unavailable, Set<Link.Endpoint> unconfirmed) {
        this.site = site;
        this.journal = journal;
        this.runId = runId;
        this.unavailable = Set.copyOf(unavailable);
        this.unconfirmed.addAll(unconfirmed);
    }

    /** The ports of every wave of {@code plan} whose confirm step is not in {@code done}. */
    static Set<Link.Endpoint> unconfirmedPorts(Plan plan, Set<String> done) {
        Set<Link.Endpoint> out = new HashSet<>();
        for (ReplacementPlan r : plan.replacements()) {
            for (FlipWave w : r.waves()) {
                if (done.contains(r.device() + "/wave-" + w.number() + "/confirm")) continue;
                w.portsByDevice().forEach((d, ports) -> ports.forEach(p -> out.add(new Link.Endpoint(d, p))));
            }
        }
        return out;
    }

    /** {@code wave} was confirmed: its ports now carry traffic for good. */
    synchronized void waveConfirmed(FlipWave wave) {
        wave.portsByDevice().forEach((d, ports) -> ports.forEach(p -> unconfirmed.remove(new Link.Endpoint(d, p))));
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
        ObservedState settled = withoutUnconfirmed(observed);
        for (String service : List.copyOf(down)) {
            if (verified(settled, service) && check(settled, service).isEmpty()) {
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

    /** {@code observed} with every port a wave has yet to confirm shown down: it carries nothing for good yet. */
    private ObservedState withoutUnconfirmed(ObservedState observed) {
        if (unconfirmed.isEmpty()) return observed;
        List<DeviceObservation> devices = observed.devices().values().stream().map(o -> new DeviceObservation(o.device(), o.facts(),
                o.interfaces().stream().map(i -> unconfirmed.contains(new Link.Endpoint(o.device(), i.name())) ? down(i) : i).toList(),
                o.vlans(), o.lldp())).toList();
        return ObservedState.of(devices, observed.failures());
    }

    private static InterfaceState down(InterfaceState i) {
        return new InterfaceState(i.name(), i.description(), i.adminUp(), InterfaceState.OperStatus.DOWN, i.mode(), i.accessVlan(),
                i.trunkVlans(), i.speedMbps());
    }

    private List<Finding> check(ObservedState observed, String service) {
        return ReachabilityCheck.check(site, observed, Set.of(service), unavailable, Set.of());
    }
}
