package org.switchover.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.switchover.inventory.Site;
import org.switchover.journal.DeviceRecord;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;
import org.switchover.journal.RunHistory;
import org.switchover.journal.RunKind;
import org.switchover.journal.Step;
import org.switchover.report.Document.Block;
import org.switchover.report.Document.Figure;
import org.switchover.report.Document.Heading;
import org.switchover.report.Document.Paragraph;
import org.switchover.report.Document.Table;

/**
 * The incident record of a run, written to be handed on as it is: a summary in plain sentences,
 * per-service outage times with a chart, the topology, the timeline, what was changed where, and
 * the evidence that the result is right. Pure: journal records (and the site) in, a {@link Document} out.
 */
public final class IncidentReport {

    private final RunHistory history;
    private final ReportTime time;
    private final Optional<Site> site;

    private IncidentReport(RunHistory history, ReportTime time, Optional<Site> site) {
        this.history = history;
        this.time = time;
        this.site = site;
    }

    /** The record without the topology picture (the site file is not at hand). */
    public static Document build(RunHistory history, ReportTime time) {
        return build(history, time, Optional.empty());
    }

    /** The record with its pictures: the outage chart, and the topology when {@code site} is given. */
    public static Document build(RunHistory history, ReportTime time, Optional<Site> site) {
        return new IncidentReport(history, time, site).document();
    }

    private Document document() {
        Run run = history.run();
        List<ServiceOutage> outages = ServiceOutage.from(history.events());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Summary"));
        summary(run, outages).forEach(s -> blocks.add(new Paragraph(s)));
        blocks.add(new Heading(2, "Services"));
        blocks.add(outages.isEmpty() ? new Paragraph("No service outage was recorded in this run.") : services(outages));
        if (!outages.isEmpty()) {
            blocks.add(new Figure("outage.svg", "Outage per service: each bar runs from down since to restored at; "
                    + "numbered lines are the traffic waves.", OutageChartSvg.render(outages, history.events(),
                    run.started(), lastRecorded(run), time)));
        }
        site.ifPresent(s -> {
            blocks.add(new Heading(2, "Topology"));
            blocks.add(new Figure("topology.svg", "The switches of site " + s.name() + " as this run left them.",
                    TopologySvg.render(s, DeviceCondition.from(history.events(), history.steps()))));
        });
        blocks.add(new Heading(2, "Timeline"));
        blocks.add(new Paragraph("Times are " + time.zoneName() + "."));
        blocks.add(timeline(run));
        blocks.addAll(new EvidenceSections(history, time).blocks());
        return new Document(title(run), blocks);
    }

    /** The run's end, or the last thing it recorded: the report of an unfinished run is as of then. */
    private Instant lastRecorded(Run run) {
        return run.finished().orElseGet(() -> Stream.concat(
                        history.events().stream().map(Event::at),
                        history.steps().stream().map(s -> s.finished().orElse(s.started())))
                .max(Instant::compareTo).orElse(run.started()));
    }

    private static String title(Run run) {
        return run.kind() == RunKind.REPLACE
                ? "Incident record: switch replacement, run " + run.id()
                : "Run " + run.id() + ": " + kindWord(run.kind());
    }

    private List<String> summary(Run run, List<ServiceOutage> outages) {
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(Locale.ROOT, "Switchover run %d (%s) was started by %s on %s %s against %s.",
                run.id(), kindWord(run.kind()), run.user(), time.at(run.started()), time.zoneName(),
                run.siteFile().isBlank() ? "no site file" : run.siteFile()));
        List<String> replaced = history.devices().stream().filter(DeviceRecord::newHardware)
                .map(DeviceRecord::device).distinct().toList();
        if (!replaced.isEmpty()) {
            sentences.add("It put new hardware in place of " + joinWords(replaced) + ".");
        }
        sentences.add(ending(run));
        List<String> changed = EvidenceSections.changedDevices(history);
        sentences.add(changed.isEmpty() ? "No device configuration was changed."
                : "Configuration was changed on " + joinWords(changed) + "; the section \"What was changed\" lists each change.");
        if (!history.findings().isEmpty()) {
            long open = history.findings().stream().filter(f -> f.isOpen()).count();
            sentences.add(history.findings().size() + " finding" + (history.findings().size() == 1 ? "" : "s")
                    + " recorded, " + open + " still open.");
        }
        if (!outages.isEmpty()) {
            sentences.add(serviceSentence(outages));
        }
        List<PendingCommit> pending = history.commits().stream()
                .filter(c -> c.state() == PendingCommit.State.PENDING).toList();
        if (!pending.isEmpty()) {
            sentences.add(String.format(Locale.ROOT, "%d confirmed commit%s still pending (%s): each device rolls "
                    + "its commit back by itself when the timeout expires, unless `switchover resume %d` confirms it.",
                    pending.size(), pending.size() == 1 ? " is" : "s are",
                    joinWords(pending.stream().map(PendingCommit::device).distinct().toList()), run.id()));
        }
        return sentences;
    }

    private String ending(Run run) {
        if (run.finished().isEmpty() || run.outcome().isEmpty()) {
            return String.format(Locale.ROOT, "The run has no recorded end: the controller stopped during it; "
                    + "`switchover resume %d` re-reads the devices and settles it.", run.id());
        }
        Instant end = run.finished().get();
        String message = run.message().isBlank() ? "" : " (" + run.message() + ")";
        return String.format(Locale.ROOT, "It finished on %s after %s: %s%s.", time.at(end),
                ReportTime.duration(Duration.between(run.started(), end)), outcomeWords(run.outcome().get()), message);
    }

    private static String serviceSentence(List<ServiceOutage> outages) {
        long restored = outages.stream().filter(ServiceOutage::restored).count();
        StringBuilder s = new StringBuilder();
        s.append(outages.size()).append(outages.size() == 1 ? " service was" : " services were").append(" affected; ");
        if (restored == outages.size()) {
            s.append(outages.size() == 1 ? "it is restored." : "all are restored.");
        } else {
            s.append(restored).append(" restored, not restored: ").append(joinWords(
                    outages.stream().filter(o -> !o.restored()).map(ServiceOutage::service).toList())).append('.');
        }
        outages.stream().filter(o -> o.duration().isPresent())
                .max(Comparator.comparing(o -> o.duration().get()))
                .ifPresent(o -> s.append(" The longest outage was ").append(o.service()).append(": ")
                        .append(ReportTime.duration(o.duration().get())).append('.'));
        return s.toString();
    }

    private Table services(List<ServiceOutage> outages) {
        List<List<String>> rows = outages.stream().map(o -> List.of(
                o.service(),
                o.downSince().map(time::at).orElse("unknown"),
                o.restoredAt().map(time::at).orElse("not restored"),
                o.duration().map(ReportTime::duration).orElse(o.restored() ? "unknown" : "ongoing")))
                .toList();
        return new Table(List.of("Service", "Down since", "Restored at", "Outage"), rows);
    }

    private Table timeline(Run run) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(run.started(), 0, "Run started", "", "", "by " + run.user()));
        for (Event e : history.events()) {
            entries.add(new TimelineEntry(e.at(), 1, eventWords(e.kind()), e.device().orElse(""),
                    e.service().orElse(""), e.message()));
        }
        for (Step s : history.steps()) {
            Optional<Outcome> outcome = s.outcome();
            if (outcome.isPresent() && (outcome.get() == Outcome.FAILED || outcome.get() == Outcome.ROLLED_BACK)) {
                entries.add(new TimelineEntry(s.finished().orElse(s.started()), 1,
                        "Step " + s.action() + " " + outcomeWords(outcome.get()), s.device(), "", s.message()));
            }
        }
        run.finished().ifPresent(end -> entries.add(new TimelineEntry(end, 2, "Run finished", "", "",
                run.outcome().map(IncidentReport::outcomeWords).orElse("") + (run.message().isBlank() ? "" : ": " + run.message()))));
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::rank));
        return new Table(List.of("Time", "What", "Device", "Service", "Details"),
                entries.stream().map(e -> List.of(time.at(e.at()), e.what(), e.device(), e.service(), e.details())).toList());
    }

    /** A line of the timeline; {@code rank} keeps run start first and run end last at equal times. */
    private record TimelineEntry(Instant at, int rank, String what, String device, String service, String details) {}

    /** How an outcome reads in a sentence. */
    public static String outcomeWords(Outcome outcome) {
        return switch (outcome) {
            case OK -> "completed successfully";
            case FINDINGS -> "completed with findings";
            case FAILED -> "failed";
            case ROLLED_BACK -> "rolled back";
            case SKIPPED -> "skipped (nothing to do)";
        };
    }

    private static String kindWord(RunKind kind) {
        return switch (kind) {
            case REPLACE -> "replacement";
            case AUDIT -> "drift audit";
            case VERIFY -> "verification";
            case REMEDIATE -> "remediation";
        };
    }

    /** What an event kind is called on a timeline. */
    public static String eventWords(EventKind kind) {
        return switch (kind) {
            case DEVICE_FAILED -> "Device failed";
            case SERVICE_DOWN -> "Service down";
            case SERVICE_RESTORED -> "Service restored";
            case DEVICE_REPLACED -> "Device replaced";
            case WAVE_STARTED -> "Traffic wave started";
            case WAVE_CONFIRMED -> "Traffic wave confirmed";
            case WAVE_ROLLED_BACK -> "Traffic wave rolled back";
            case OLD_DEVICE_SEEN -> "Old device answered again (left untouched)";
            case RESUMED -> "Run resumed";
            case NOTE -> "Note";
        };
    }

    static String joinWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
