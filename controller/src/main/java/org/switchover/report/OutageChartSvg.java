package org.switchover.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;

/**
 * The outage chart: one bar per service from down since to restored at, on one time axis, with
 * each traffic wave marked where it was confirmed (or rolled back). Bars are hatched, outages still
 * open are dotted and say so in words, waves are numbered lines with a written key: it reads the
 * same printed in black and white.
 */
public final class OutageChartSvg {

    private static final double WIDTH = 800;
    private static final double LABEL_W = 150;
    private static final double CHART_X = 160;
    private static final double CHART_W = 500;
    private static final double TOP = 52;
    private static final double ROW_H = 28;
    private static final double BAR_H = 16;

    private static final String PATTERNS = """
            <defs>
            <pattern id="outage-down" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="6" height="6" fill="#f6d5d5"/><rect width="2" height="6" fill="#8b0000"/></pattern>
            <pattern id="outage-open" width="6" height="6" patternUnits="userSpaceOnUse">\
            <rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.4" fill="#8b0000"/></pattern>
            </defs>""";

    /** A wave marker: its number on the chart, when, and the words of its key. */
    private record Wave(int number, Instant at, String key) {}

    private OutageChartSvg() {}

    /**
     * The chart of {@code outages} (as {@link ServiceOutage#from} gives them) over a run that
     * started at {@code start}; an outage not restored runs to {@code until}, the run's end or now.
     */
    public static String render(List<ServiceOutage> outages, List<Event> events, Instant start, Instant until, ReportTime time) {
        Instant t0 = Stream.concat(Stream.of(start), outages.stream().flatMap(o -> o.downSince().stream()))
                .min(Instant::compareTo).orElse(start);
        Instant t1 = Stream.concat(Stream.of(until), outages.stream().flatMap(o -> o.restoredAt().stream()))
                .max(Instant::compareTo).orElse(until);
        long spanMs = Math.max(1000, Duration.between(t0, t1).toMillis());
        List<Wave> waves = waves(events);
        double rowsBottom = TOP + ROW_H * Math.max(1, outages.size());
        double keyTop = rowsBottom + 58;
        double height = keyTop + 18 * (waves.size() + 2) + 8;
        Svg svg = new Svg(WIDTH, height, "Outage per service",
                "One bar per service from down since to restored at; numbered lines mark the traffic waves.");
        svg.raw(PATTERNS);
        for (int i = 0; i < outages.size(); i++) {
            bar(svg, outages.get(i), TOP + i * ROW_H, t0, t1, spanMs);
        }
        if (outages.isEmpty()) {
            svg.text(CHART_X, TOP + 18, "start", "fill=\"#000\"", "no service outage recorded");
        }
        double lastX = -100;
        int stagger = 0;
        for (Wave w : waves) {
            double x = x(w.at(), t0, spanMs);
            stagger = x - lastX < 22 ? (stagger + 1) % 2 : 0;
            lastX = x;
            svg.group("wave", "wave", Integer.toString(w.number()));
            svg.line(x, 22 + stagger * 14, x, rowsBottom, "stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"3 3\"");
            svg.text(x, 16 + stagger * 14, "middle", "font-size=\"11\" font-weight=\"bold\" fill=\"#000\"", Integer.toString(w.number()));
            svg.end();
        }
        axis(svg, rowsBottom, t0, spanMs, time);
        key(svg, keyTop, waves, time);
        return svg.done();
    }

    private static void bar(Svg svg, ServiceOutage o, double y, Instant t0, Instant t1, long spanMs) {
        svg.group("outage", "service", o.service());
        svg.text(LABEL_W, y + 13, "end", "fill=\"#000\"", o.service());
        Instant from = o.downSince().orElse(t0);
        Instant to = o.restoredAt().orElse(t1);
        double x1 = x(from, t0, spanMs);
        double x2 = Math.max(x1 + 2, x(to, t0, spanMs));
        svg.rect(x1, y + 2, x2 - x1, BAR_H, (o.restored() ? "fill=\"url(#outage-down)\"" : "fill=\"url(#outage-open)\"")
                + " stroke=\"#000\" stroke-width=\"1\"");
        String words = o.duration().map(ReportTime::duration)
                .orElse(o.restored() ? "restored" : "not restored");
        svg.text(x2 + 6, y + 14, "start", "font-size=\"11\" fill=\"#000\"", o.restored() ? words : "not restored");
        svg.end();
    }

    private static double x(Instant at, Instant t0, long spanMs) {
        return CHART_X + CHART_W * Math.max(0, Duration.between(t0, at).toMillis()) / spanMs;
    }

    private static void axis(Svg svg, double y, Instant t0, long spanMs, ReportTime time) {
        svg.line(CHART_X, y + 4, CHART_X + CHART_W, y + 4, "stroke=\"#000\" stroke-width=\"1\"");
        long step = tickStep(spanMs);
        for (long ms = 0; ms <= spanMs; ms += step) {
            double x = CHART_X + CHART_W * ms / spanMs;
            svg.line(x, y + 4, x, y + 9, "stroke=\"#000\" stroke-width=\"1\"");
            svg.text(x, y + 22, "middle", "font-size=\"10\" fill=\"#000\"", "+" + ReportTime.duration(Duration.ofMillis(ms)));
        }
        svg.text(CHART_X, y + 38, "start", "font-size=\"10\" fill=\"#000\"",
                "time since " + time.at(t0) + " " + time.zoneName());
    }

    /** A round tick step giving at most about eight ticks. */
    private static long tickStep(long spanMs) {
        long[] steps = {500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000,
            1_800_000, 3_600_000, 7_200_000, 21_600_000};
        for (long s : steps) {
            if (spanMs / s <= 8) return s;
        }
        return spanMs / 8;
    }

    private static void key(Svg svg, double y, List<Wave> waves, ReportTime time) {
        svg.rect(CHART_X - 140, y - 11, 26, 13, "fill=\"url(#outage-down)\" stroke=\"#000\" stroke-width=\"1\"");
        svg.text(CHART_X - 108, y, "start", "font-size=\"11\" fill=\"#000\"", "down, then restored");
        svg.rect(CHART_X + 50, y - 11, 26, 13, "fill=\"url(#outage-open)\" stroke=\"#000\" stroke-width=\"1\"");
        svg.text(CHART_X + 82, y, "start", "font-size=\"11\" fill=\"#000\"", "still down when this was drawn");
        svg.line(CHART_X + 290, y - 12, CHART_X + 290, y + 2, "stroke=\"#000\" stroke-dasharray=\"3 3\"");
        svg.text(CHART_X + 298, y, "start", "font-size=\"11\" fill=\"#000\"", "traffic wave, numbered as below");
        for (int i = 0; i < waves.size(); i++) {
            Wave w = waves.get(i);
            svg.text(CHART_X - 140, y + 18 * (i + 1), "start", "font-size=\"11\" fill=\"#000\"",
                    w.number() + "  " + time.at(w.at()) + "  " + w.key());
        }
    }

    /** Confirmed and rolled-back waves, numbered from 1 in the order of the events (time order). */
    private static List<Wave> waves(List<Event> events) {
        List<Wave> waves = new ArrayList<>();
        for (Event e : events) {
            if (e.kind() != EventKind.WAVE_CONFIRMED && e.kind() != EventKind.WAVE_ROLLED_BACK) continue;
            String what = e.message().lines().findFirst().orElse("");
            int cut = what.indexOf(" confirmed on ");
            what = cut > 0 ? what.substring(0, cut) : what;
            if (what.length() > 90) what = what.substring(0, 89) + "…";
            String key = e.device().map(d -> d + " ").orElse("") + what
                    + (e.kind() == EventKind.WAVE_ROLLED_BACK ? " (rolled back)" : " (confirmed)");
            waves.add(new Wave(waves.size() + 1, e.at(), key));
        }
        return waves;
    }
}
