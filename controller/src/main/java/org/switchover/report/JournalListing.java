package org.switchover.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;
import org.switchover.journal.RunHistory;
import org.switchover.journal.Step;

/** The terminal text of {@code switchover journal}: the list of runs, or one run with its steps. */
public final class JournalListing {

    private JournalListing() {}

    public static String runs(List<Run> runs, ReportTime time) {
        if (runs.isEmpty()) {
            return "no runs journaled yet\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RUN", "KIND", "STARTED", "FINISHED", "OUTCOME", "USER", "SITE"));
        for (Run r : runs) {
            rows.add(List.of(String.valueOf(r.id()), r.kind().name().toLowerCase(Locale.ROOT), time.at(r.started()),
                    r.finished().map(time::at).orElse("-"), outcome(r), r.user(), r.siteFile()));
        }
        return columns(rows);
    }

    public static String run(RunHistory history, ReportTime time) {
        Run r = history.run();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "run %d: %s by %s, started %s, finished %s, %s%n", r.id(),
                r.kind().name().toLowerCase(Locale.ROOT), r.user(), time.at(r.started()),
                r.finished().map(time::at).orElse("-"), outcome(r)));
        if (!r.message().isBlank()) {
            out.append("  ").append(r.message()).append('\n');
        }
        out.append("  site: ").append(r.siteFile()).append("; arguments: ").append(String.join(" ", r.arguments()))
                .append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STEP", "DEVICE", "ACTION", "STARTED", "FINISHED", "OUTCOME", "DETAIL / MESSAGE"));
        for (Step s : history.steps()) {
            String text = s.detail() + (s.message().isBlank() ? "" : " / " + s.message());
            rows.add(List.of(String.valueOf(s.id()), s.device(), s.action(), time.at(s.started()),
                    s.finished().map(time::at).orElse("-"),
                    s.outcome().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse("interrupted"), text));
        }
        out.append(history.steps().isEmpty() ? "no steps\n" : columns(rows));
        List<PendingCommit> pending = history.commits().stream()
                .filter(c -> c.state() == PendingCommit.State.PENDING).toList();
        if (!pending.isEmpty()) {
            out.append("\npending confirmed commits (settle with: switchover resume ").append(r.id()).append("):\n");
            pending.forEach(c -> out.append("  ").append(c.device()).append(" persist-id ").append(c.persistId())
                    .append(" (").append(c.label()).append(")\n"));
        }
        out.append("times in ").append(time.zoneName()).append('\n');
        return out.toString();
    }

    private static String outcome(Run r) {
        return r.outcome().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(r.isFinished() ? "-" : "unfinished");
    }

    private static String columns(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() - 1; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i).replace('\n', ' ');
                line.append(i == row.size() - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
