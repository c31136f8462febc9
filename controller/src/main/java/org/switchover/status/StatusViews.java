package org.switchover.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchover.inventory.Service;
import org.switchover.journal.Event;
import org.switchover.journal.Outcome;
import org.switchover.journal.Run;
import org.switchover.journal.Step;
import org.switchover.report.DeviceCondition;
import org.switchover.report.IncidentReport;
import org.switchover.report.ServiceOutage;
import org.switchover.report.TopologySvg;
import org.switchover.status.StatusView.DeviceLine;
import org.switchover.status.StatusView.NextWave;
import org.switchover.status.StatusView.ServiceLine;
import org.switchover.status.StatusView.TimelineLine;

/**
 * Turns a {@link StatusSnapshot} into a {@link StatusView}. Pure. A service is restored only when
 * the journal says the run observed it restored; estimates only ever fill the estimate field.
 */
public final class StatusViews {

    private static final int MAX_TIMELINE = 200;
    private static final int MAX_DETAILS = 240;

    private StatusViews() {}

    public static StatusView build(StatusSnapshot s, Instant now) {
        Optional<Run> run = s.run();
        boolean finished = run.map(Run::isFinished).orElse(false);
        Map<String, DeviceCondition> conditions = DeviceCondition.from(s.events(), s.steps());
        List<Step> open = s.steps().stream().filter(st -> st.finished().isEmpty()).toList();
        RestoreEstimate estimate = finished ? RestoreEstimate.of(List.of(), List.of(), now)
                : RestoreEstimate.of(s.plan(), s.steps(), now);
        return new StatusView(now, s.site().map(x -> x.name()).orElse(""), run.map(Run::id), runWords(run),
                run.isPresent() && !finished,
                conditions.entrySet().stream().map(e -> new DeviceLine(e.getKey(), e.getValue())).toList(),
                finished ? List.of() : open.stream().map(StatusViews::stepWords).toList(),
                estimate.waves().stream().map(e -> new NextWave(e.getKey().describe(), e.getKey().priority(), e.getValue())).toList(),
                services(s, open, finished, estimate),
                timeline(s),
                s.site().map(site -> TopologySvg.render(site, conditions)),
                estimate.end());
    }

    private static String runWords(Optional<Run> run) {
        if (run.isEmpty()) return "waiting for the replacement to start";
        Run r = run.get();
        if (!r.isFinished()) return "replacement under way";
        Outcome o = r.outcome().orElse(Outcome.FAILED);
        String message = r.message().lines().findFirst().orElse("");
        return (o == Outcome.OK ? "finished: " : "stopped: ") + IncidentReport.outcomeWords(o)
                + (message.isBlank() ? "" : " (" + message + ")");
    }

    private static String stepWords(Step st) {
        String detail = st.detail();
        int colon = detail.indexOf(": ");
        return st.device() + ": " + st.action() + " - " + shorten(colon < 0 ? detail : detail.substring(colon + 2));
    }

    private static List<ServiceLine> services(StatusSnapshot s, List<Step> open, boolean finished, RestoreEstimate estimate) {
        Map<String, ServiceOutage> outages = new LinkedHashMap<>();
        ServiceOutage.from(s.events()).forEach(o -> outages.put(o.service(), o));
        Set<String> names = new LinkedHashSet<>();
        s.site().ifPresent(site -> names.addAll(site.services().keySet()));
        names.addAll(outages.keySet());
        Set<String> inWave = servicesInOpenWaves(s.plan(), open);
        boolean checked = finished || !s.steps().isEmpty() || !outages.isEmpty();
        List<ServiceLine> lines = new ArrayList<>();
        for (String name : names) {
            Optional<Service> svc = s.site().map(site -> site.services().get(name));
            ServiceOutage o = outages.get(name);
            ServiceState state;
            if (o == null) {
                state = checked ? ServiceState.UP : ServiceState.NOT_CHECKED;
            } else if (o.restored()) {
                state = ServiceState.RESTORED;
            } else if (finished) {
                state = ServiceState.NOT_RESTORED;
            } else {
                state = inWave.contains(name) ? ServiceState.BEING_RESTORED : ServiceState.DOWN;
            }
            boolean waiting = state == ServiceState.DOWN || state == ServiceState.BEING_RESTORED;
            lines.add(new ServiceLine(name, svc.map(Service::description).orElse(""), svc.map(Service::priority).orElse(0),
                    state, o == null ? Optional.empty() : o.downSince(), o == null ? Optional.empty() : o.restoredAt(),
                    waiting ? estimate.forService(name) : Optional.empty()));
        }
        lines.sort(Comparator.comparingInt((ServiceLine l) -> l.priority() == 0 ? Integer.MAX_VALUE : l.priority())
                .thenComparing(ServiceLine::name));
        return lines;
    }

    /** The services of every wave with a step under way now. */
    private static Set<String> servicesInOpenWaves(List<PlannedStep> plan, List<Step> open) {
        Set<String> ids = new LinkedHashSet<>();
        open.forEach(st -> ids.add(PlannedStep.idOf(st)));
        Set<String> services = new LinkedHashSet<>();
        plan.stream().filter(p -> ids.contains(p.id())).forEach(p -> p.wave().ifPresent(w -> services.addAll(w.services())));
        return services;
    }

    private static List<TimelineLine> timeline(StatusSnapshot s) {
        List<TimelineLine> lines = new ArrayList<>();
        s.run().ifPresent(r -> lines.add(new TimelineLine(r.started(), "Run started", "", "", "run " + r.id())));
        for (Event e : s.events()) {
            lines.add(new TimelineLine(e.at(), IncidentReport.eventWords(e.kind()), e.device().orElse(""),
                    e.service().orElse(""), shorten(e.message())));
        }
        for (Step st : s.steps()) {
            st.outcome().filter(o -> o == Outcome.FAILED || o == Outcome.ROLLED_BACK || o == Outcome.FINDINGS)
                    .ifPresent(o -> lines.add(new TimelineLine(st.finished().orElse(st.started()),
                            "Step " + st.action() + " " + IncidentReport.outcomeWords(o), st.device(), "", shorten(st.message()))));
        }
        s.run().flatMap(r -> r.finished().map(f -> new TimelineLine(f, "Run finished", "", "", runWords(Optional.of(r)))))
                .ifPresent(lines::add);
        // in journal order at equal times, then newest first: a run's end stays above what came with it
        lines.sort(Comparator.comparing(TimelineLine::at));
        java.util.Collections.reverse(lines);
        return lines.size() > MAX_TIMELINE ? lines.subList(0, MAX_TIMELINE) : lines;
    }

    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        boolean more = line.length() < text.strip().length();
        if (line.length() > MAX_DETAILS) return line.substring(0, MAX_DETAILS - 1) + "…";
        return more ? line + " …" : line;
    }
}
