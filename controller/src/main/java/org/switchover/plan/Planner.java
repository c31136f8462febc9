package org.switchover.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.verify.CheckScope;
import org.switchover.verify.Finding;
import org.switchover.verify.HardwareCheck;

/**
 * Computes a {@link Plan} from intent and what the devices report. Pure: the same input gives
 * the same plan, and nothing is read or changed.
 */
public final class Planner {

    private Planner() {}

    public static Plan plan(PlanInput in) {
        Site site = in.site();
        validate(in);
        List<Replacement> ordered = in.replacements().stream().sorted(restoreOrder(site)).toList();
        List<List<String>> batches = batches(site, ordered, in.parallel());
        List<ReplacementPlan> plans = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            Set<String> notYetReplaced = new HashSet<>();
            batches.subList(b, batches.size()).forEach(notYetReplaced::addAll);
            for (String device : batches.get(b)) {
                Replacement r = ordered.stream().filter(x -> x.oldDevice().equals(device)).findFirst().orElseThrow();
                // a neighbour replaced later in this run is not expected up yet; one that merely
                // does not answer still is: its cable stays in the wave, so the wave fails, not passes unseen
                Set<String> pending = new TreeSet<>(notYetReplaced);
                pending.remove(device);
                Set<String> absent = new TreeSet<>(in.unavailable());
                absent.addAll(pending);
                absent.remove(device);
                plans.add(replacementPlan(in, r, pending, absent));
            }
        }
        return new Plan(plans, batches, List.of());
    }

    private static ReplacementPlan replacementPlan(PlanInput in, Replacement r, Set<String> pending, Set<String> absent) {
        Site site = in.site();
        Device device = site.device(r.oldDevice());
        List<FlipWave> waves = WavePlanner.waves(site, device, pending);
        Set<String> flipped = StagedIntent.heldDown(site, device);
        Device staged = StagedIntent.withPortsDown(device, flipped);
        List<Finding> blockers = Optional.ofNullable(in.newHardware().get(device.name()))
                .map(facts -> HardwareCheck.check(device, Optional.ofNullable(site.models().get(device.model())), facts,
                        "the new switch at " + r.newAddress(), in.acceptModel()))
                .orElse(List.of());
        return new ReplacementPlan(r, device, staged, ServicesCarried.bestPriority(site, device), waves,
                steps(site, r, flipped, waves, absent), touched(site, device.name()), absent, blockers,
                Optional.ofNullable(in.currentVsGolden().get(device.name())));
    }

    private static List<Step> steps(Site site, Replacement r, Set<String> flipped, List<FlipWave> waves, Set<String> absent) {
        String d = r.oldDevice();
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(d + "/pre-check", new StepAction.PreCheck(d, r.newAddress())));
        steps.add(Step.of(d + "/staged-push", new StepAction.StagedPush(d, flipped)));
        steps.add(Step.of(d + "/compliance", new StepAction.ComplianceCheck(d)));
        steps.add(Step.of(d + "/confirm-push", new StepAction.ConfirmPush(d)));
        // a never-drop service is checked after every wave: no wave may cut it where it still runs
        Set<String> servicesSoFar = new LinkedHashSet<>();
        site.services().values().stream().filter(s -> s.neverDrop()).forEach(s -> servicesSoFar.add(s.name()));
        for (FlipWave w : waves) {
            String prefix = d + "/wave-" + w.number();
            Set<String> wavePorts = w.portsByDevice().getOrDefault(d, Set.of());
            wavePorts.forEach(p -> ServicesCarried.byPort(site, site.device(d).ports().get(p))
                    .forEach(s -> servicesSoFar.add(s.name())));
            Set<Link.Endpoint> later = laterPorts(d, waves, w.number());
            CheckScope scope = new CheckScope(w.links(), w.portsByDevice(), servicesSoFar, absent, later);
            steps.add(Step.of(prefix + "/flip", new StepAction.Flip(d, w)));
            steps.add(new Step(prefix + "/verify", new StepAction.VerifyWave(d, w, scope),
                    Optional.of(new StepAction.CancelWave(d, w))));
            steps.add(Step.of(prefix + "/confirm", new StepAction.ConfirmWave(d, w)));
        }
        steps.add(Step.of(d + "/record", new StepAction.RecordReplacement(d, r.newAddress())));
        return steps;
    }

    /** The ports that later waves enable: not expected up yet. */
    private static Set<Link.Endpoint> laterPorts(String device, List<FlipWave> waves, int after) {
        Set<Link.Endpoint> later = new LinkedHashSet<>();
        for (FlipWave w : waves) {
            if (w.number() <= after) continue;
            w.portsByDevice().forEach((d, ports) -> ports.forEach(p -> later.add(new Link.Endpoint(d, p))));
        }
        return later;
    }

    /** The replaced device and every neighbour cabled to it: what its replacement may change. */
    static Set<String> touched(Site site, String device) {
        Set<String> out = new LinkedHashSet<>();
        out.add(device);
        for (Link l : site.linksOf(device)) out.add(l.farEnd(device).device());
        return out;
    }

    /** Best service priority first; on a tie, core before distribution before access, since the others hang off it. */
    static Comparator<Replacement> restoreOrder(Site site) {
        return Comparator.<Replacement>comparingInt(r -> orMax(ServicesCarried.bestPriority(site, site.device(r.oldDevice()))))
                .thenComparing(r -> site.device(r.oldDevice()).role())
                .thenComparing(Replacement::oldDevice);
    }

    /** Consecutive replacements that touch no device in common share a batch, up to {@code parallel}. */
    static List<List<String>> batches(Site site, List<Replacement> ordered, int parallel) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Set<String> touchedByCurrent = new HashSet<>();
        for (Replacement r : ordered) {
            Set<String> touched = touched(site, r.oldDevice());
            boolean fits = current.size() < parallel && touched.stream().noneMatch(touchedByCurrent::contains);
            if (!fits && !current.isEmpty()) {
                batches.add(current);
                current = new ArrayList<>();
                touchedByCurrent = new HashSet<>();
            }
            current.add(r.oldDevice());
            touchedByCurrent.addAll(touched);
        }
        if (!current.isEmpty()) batches.add(current);
        return batches;
    }

    private static void validate(PlanInput in) {
        Site site = in.site();
        checkArgument(!in.replacements().isEmpty(), "nothing to replace: give --replace OLD=HOST:PORT at least once");
        Set<String> names = new HashSet<>();
        Map<Object, String> addresses = new java.util.HashMap<>();
        for (Replacement r : in.replacements()) {
            checkArgument(site.devices().containsKey(r.oldDevice()), "--replace %s: no device '%s' in %s; its devices are %s",
                    r, r.oldDevice(), site.file(), site.devices().keySet());
            checkArgument(names.add(r.oldDevice()), "--replace names %s twice", r.oldDevice());
            String other = addresses.putIfAbsent(r.newAddress(), r.oldDevice());
            checkArgument(other == null, "--replace %s: %s is already the new switch for %s", r, r.newAddress(), other);
        }
    }

    private static int orMax(OptionalInt p) {
        return p.orElse(Integer.MAX_VALUE);
    }
}
