package org.switchover.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.journal.CheckRecord;
import org.switchover.journal.DeviceRecord;
import org.switchover.journal.DiffRecord;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.RunHistory;
import org.switchover.journal.Step;
import org.switchover.report.Document.Block;
import org.switchover.report.Document.Bullets;
import org.switchover.report.Document.Heading;
import org.switchover.report.Document.Paragraph;
import org.switchover.report.Document.Preformatted;
import org.switchover.report.Document.Table;

/** The second half of an incident record: what was changed where, the evidence, and every step. */
final class EvidenceSections {

    /** Step actions that only read; every other action is listed as a change. */
    private static final Set<String> READ_ONLY_ACTIONS =
            Set.of("precheck", "connect", "open", "facts", "read", "compare", "diff", "verify", "check", "audit");

    private static final int MAX_DIFF_LINES = 60;

    private final RunHistory history;
    private final ReportTime time;

    EvidenceSections(RunHistory history, ReportTime time) {
        this.history = history;
        this.time = time;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "What was changed"));
        blocks.addAll(changes());
        if (!history.findings().isEmpty()) {
            blocks.add(new Heading(2, "Findings"));
            blocks.add(findings());
        }
        blocks.add(new Heading(2, "Evidence"));
        blocks.addAll(hardware());
        blocks.addAll(compliance());
        blocks.addAll(checks());
        if (blocks.get(blocks.size() - 1) instanceof Heading) {
            blocks.add(new Paragraph("No evidence (hardware facts, compliance diffs, check results) was recorded in this run."));
        }
        blocks.add(new Heading(2, "Every step"));
        blocks.add(steps());
        return blocks;
    }

    private List<Block> changes() {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> changed = changedDevices(history);
        if (!changed.isEmpty()) {
            blocks.add(new Paragraph("Devices changed: " + IncidentReport.joinWords(changed) + "."));
        }
        for (Step s : history.steps()) {
            if (!READ_ONLY_ACTIONS.contains(s.action())) {
                rows.add(List.of(s.device(), s.action(), s.detail(), s.finished().map(time::at).orElse("did not finish"),
                        s.outcome().map(IncidentReport::outcomeWords).orElse("interrupted")));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(new Paragraph("No device was changed."));
        } else {
            blocks.add(new Table(List.of("Device", "Change", "Detail", "Finished", "Result"), rows));
        }
        if (!history.commits().isEmpty()) {
            blocks.add(new Paragraph("Confirmed commits (each would have rolled back by itself unless confirmed):"));
            blocks.add(new Table(List.of("Device", "Carried", "Persist id", "State", "Since"),
                    history.commits().stream().map(c -> List.of(c.device(), c.label(), c.persistId(),
                            commitState(c.state()), time.at(c.updated()))).toList()));
        }
        return blocks;
    }

    private Table findings() {
        return new Table(List.of("Device", "Kind", "Where", "Detail", "First seen", "Last seen", "Status"),
                history.findings().stream().map(f -> List.of(f.device(), f.kind(), f.subject(), f.detail(),
                        time.at(f.firstSeen()), time.at(f.lastSeen()),
                        f.resolved().map(r -> "resolved " + time.at(r)).orElse("open"))).toList());
    }

    /** Devices with at least one step that changes them, in the order they were first changed. */
    static List<String> changedDevices(RunHistory history) {
        return history.steps().stream().filter(s -> !READ_ONLY_ACTIONS.contains(s.action()))
                .map(Step::device).distinct().toList();
    }

    private static String commitState(PendingCommit.State state) {
        return switch (state) {
            case PENDING -> "pending (not yet confirmed)";
            case CONFIRMED -> "confirmed, permanent";
            case CANCELLED -> "cancelled, device back as before";
        };
    }

    private List<Block> hardware() {
        List<DeviceRecord> fresh = history.devices().stream().filter(DeviceRecord::newHardware).toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        return List.of(new Heading(3, "New hardware"), new Table(
                List.of("Device", "Model", "Serial", "Address", "Host key"),
                fresh.stream().map(d -> List.of(d.device(), d.model(), d.serial(), d.address(),
                        d.hostKeyFingerprint())).toList()));
    }

    private List<Block> compliance() {
        if (history.diffs().isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(3, "Configuration compared with the golden configuration"));
        blocks.add(new Table(List.of("Device", "Compared", "Result", "Recorded"), history.diffs().stream()
                .map(d -> List.of(d.device(), d.label(),
                        d.isEmpty() ? "no difference: matches golden" : d.changes() + " difference" + (d.changes() == 1 ? "" : "s"),
                        time.at(d.recorded())))
                .toList()));
        for (DiffRecord d : history.diffs()) {
            if (!d.isEmpty()) {
                blocks.add(new Paragraph(d.device() + ", " + d.label() + ":"));
                blocks.add(new Preformatted(firstLines(d.rendered())));
            }
        }
        return blocks;
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() <= MAX_DIFF_LINES) {
            return text;
        }
        return String.join("\n", lines.subList(0, MAX_DIFF_LINES))
                + "\n… " + (lines.size() - MAX_DIFF_LINES) + " more lines in the journal\n";
    }

    private List<Block> checks() {
        if (history.checks().isEmpty()) {
            return List.of();
        }
        Map<String, int[]> byCheck = new LinkedHashMap<>();
        for (CheckRecord c : history.checks()) {
            byCheck.computeIfAbsent(c.check(), k -> new int[2])[c.passed() ? 0 : 1]++;
        }
        long failed = history.checks().stream().filter(c -> !c.passed()).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(3, "Checks"));
        blocks.add(new Paragraph(String.format("%d checks passed, %d failed.", history.checks().size() - failed, failed)));
        blocks.add(new Table(List.of("Check", "Passed", "Failed"), byCheck.entrySet().stream()
                .map(e -> List.of(e.getKey(), String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1])))
                .toList()));
        if (failed > 0) {
            blocks.add(new Paragraph("Failed checks:"));
            blocks.add(new Bullets(history.checks().stream().filter(c -> !c.passed())
                    .map(c -> time.at(c.recorded()) + " " + c.device() + " " + c.check() + ": " + c.detail()).toList()));
        }
        return blocks;
    }

    private Table steps() {
        List<List<String>> rows = new ArrayList<>();
        for (Step s : history.steps()) {
            rows.add(List.of(String.valueOf(s.id()), s.device(), s.action(), s.detail(), time.at(s.started()),
                    s.finished().map(time::at).orElse(""), s.outcome().map(Enum::name).orElse("INTERRUPTED"),
                    s.message()));
        }
        return new Table(List.of("#", "Device", "Action", "Detail", "Started", "Finished", "Outcome", "Message"), rows);
    }
}
