package org.switchover.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.switchover.report.ReportTime;
import org.switchover.status.StatusView.NextWave;
import org.switchover.status.StatusView.ServiceLine;
import org.switchover.status.StatusView.TimelineLine;

/**
 * The status page as HTML, written for people waiting on their service: the services first, in
 * restore order, in plain words; then what is happening and what comes next; the topology; the
 * timeline, newest first. The same markup serves the whole page and the part a script swaps in
 * every second; with scripts off the page refreshes itself.
 */
public final class StatusPage {

    /** Seconds between reloads of the whole page when scripts are off. */
    static final int REFRESH_SECONDS = 2;

    private final ReportTime time;

    public StatusPage(ReportTime time) {
        this.time = time;
    }

    /** The whole page; {@code query} is appended to the page's own requests (the token, when one is needed). */
    public String page(StatusView v, String query) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title(v)) + "</title>\n"
                + "<noscript><meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\"></noscript>\n"
                + "<link rel=\"stylesheet\" href=\"status.css" + esc(query) + "\">\n"
                + "</head>\n<body>\n" + fragment(v)
                + "<script src=\"status.js" + esc(query) + "\"></script>\n</body>\n</html>\n";
    }

    /** The part of the page that changes: everything in {@code <div id="status">}. */
    public String fragment(StatusView v) {
        StringBuilder out = new StringBuilder("<div id=\"status\" data-live=\"").append(v.live())
                .append("\" data-run=\"").append(v.runId().map(String::valueOf).orElse("")).append("\">\n");
        out.append("<header><h1>").append(esc(title(v))).append("</h1>\n<p id=\"run\" class=\"run\">")
                .append(esc(v.runId().map(id -> "Run " + id + ": ").orElse(""))).append(esc(v.runWords())).append("</p>\n")
                .append("<p class=\"asof\">As of ").append(esc(time.at(v.asOf()))).append(' ').append(esc(time.zoneName()))
                .append(v.live() ? "; this page updates by itself." : ".").append("</p></header>\n");
        services(v, out);
        now(v, out);
        v.topologySvg().ifPresent(svg -> out.append("<section id=\"topology\"><h2>Switches</h2>\n").append(svg).append("\n</section>\n"));
        timeline(v, out);
        return out.append("</div>\n").toString();
    }

    private static String title(StatusView v) {
        return "Network repair status" + (v.siteName().isBlank() ? "" : ": site " + v.siteName());
    }

    private void services(StatusView v, StringBuilder out) {
        out.append("<section><h2>Services</h2>\n<table id=\"services\">\n<thead><tr><th>Service</th><th>Restore priority</th>"
                + "<th>State</th><th>Down since</th><th>Restored at</th><th>Outage</th><th>Expected back (estimate)</th></tr></thead>\n<tbody>\n");
        for (ServiceLine s : v.services()) {
            out.append("<tr data-service=\"").append(esc(s.name())).append("\" data-state=\"").append(s.state().id()).append("\">")
                    .append("<td><b>").append(esc(s.name())).append("</b>")
                    .append(s.description().isBlank() ? "" : "<br><small>" + esc(s.description()) + "</small>").append("</td>")
                    .append("<td>").append(s.priority() == 0 ? "" : s.priority()).append("</td>")
                    .append("<td class=\"state\"><span class=\"state state-").append(s.state().id()).append("\">")
                    .append(symbol(s.state())).append(' ').append(esc(s.state().words().toUpperCase(java.util.Locale.ROOT)))
                    .append("</span></td>")
                    .append("<td>").append(esc(s.downSince().map(time::at).orElse(""))).append("</td>")
                    .append("<td>").append(esc(s.restoredAt().map(time::at).orElse(""))).append("</td>")
                    .append("<td>").append(esc(outage(s, v.asOf()))).append("</td>")
                    .append("<td class=\"estimate\">").append(esc(estimate(s.estimate(), v.asOf(), s.state()))).append("</td>")
                    .append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"note\">Expected times are estimates from the plan and the time each step "
                + "has taken so far. A service shows as restored only once switchover has checked that every one of its "
                + "ports reaches its gateway.</p>\n</section>\n");
    }

    private static String outage(ServiceLine s, Instant now) {
        Optional<Duration> d = s.outage(now);
        if (d.isEmpty()) return "";
        return ReportTime.duration(Duration.ofSeconds(d.get().toSeconds())) + (s.restoredAt().isPresent() ? "" : " so far");
    }

    private String estimate(Optional<Instant> at, Instant now, ServiceState state) {
        if (at.isEmpty()) {
            return state == ServiceState.DOWN || state == ServiceState.BEING_RESTORED ? "no estimate yet" : "";
        }
        long s = Math.max(1, Duration.between(now, at.get()).toSeconds());
        return "about " + time.at(at.get()).substring(11) + " (estimate, in about " + ReportTime.duration(Duration.ofSeconds(s)) + ")";
    }

    private static String symbol(ServiceState s) {
        return switch (s) {
            case NOT_CHECKED -> "?";
            case UP -> "●";
            case DOWN, NOT_RESTORED -> "✖";
            case BEING_RESTORED -> "↻";
            case RESTORED -> "✔";
        };
    }

    private void now(StatusView v, StringBuilder out) {
        out.append("<section id=\"now\"><h2>What is happening</h2>\n");
        if (!v.replacing().isEmpty()) {
            out.append("<p id=\"replacing\">Switches: ").append(v.replacing().stream()
                    .map(d -> "<span data-device=\"" + esc(d.device()) + "\" data-condition=\""
                            + d.condition().name().toLowerCase(java.util.Locale.ROOT) + "\">" + esc(d.device()) + " ("
                            + esc(d.condition().words()) + ")</span>")
                    .collect(Collectors.joining(", "))).append("</p>\n");
        }
        if (!v.current().isEmpty()) {
            out.append("<p>Now:</p>\n<ul id=\"current\">\n");
            v.current().forEach(c -> out.append("<li>").append(esc(c)).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (!v.next().isEmpty()) {
            out.append("<p>Next, in the order they run (restore priority first):</p>\n<ol id=\"next\">\n");
            for (NextWave w : v.next()) {
                out.append("<li>").append(esc(w.wave())).append(", priority ").append(w.priority())
                        .append(esc(w.estimate().map(at -> ", done at about " + time.at(at).substring(11) + " (estimate)").orElse("")))
                        .append("</li>\n");
            }
            out.append("</ol>\n");
        }
        v.estimatedEnd().ifPresent(at -> out.append("<p id=\"end\">The replacement is expected to end at about ")
                .append(esc(time.at(at).substring(11))).append(" (estimate).</p>\n"));
        out.append("</section>\n");
    }

    private void timeline(StatusView v, StringBuilder out) {
        out.append("<section><h2>Timeline, newest first</h2>\n<table id=\"timeline\">\n<thead><tr><th>Time</th><th>What</th>"
                + "<th>Switch</th><th>Service</th><th>Details</th></tr></thead>\n<tbody>\n");
        for (TimelineLine t : v.timeline()) {
            out.append("<tr><td>").append(esc(time.at(t.at()).substring(11))).append("</td><td>").append(esc(t.what()))
                    .append("</td><td>").append(esc(t.device())).append("</td><td>").append(esc(t.service()))
                    .append("</td><td>").append(esc(t.details())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The style sheet: colours plus symbols and words, so states read in black and white too. */
    static final String CSS = """
            body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.4}
            h1{font-size:1.5rem;margin:.2rem 0}
            h2{font-size:1.15rem;margin-top:1.5rem;border-bottom:1px solid #ccc}
            .run{font-size:1.1rem;font-weight:bold}
            .asof,.note{color:#555;font-size:.9rem}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f1f1f1}
            .state{font-weight:bold;white-space:nowrap}
            .state-down,.state-not-restored{color:#a00000}
            .state-being-restored{color:#8a5300}
            .state-restored{color:#1d6b1d}
            .state-up{color:#1d4f91}
            .state-not-checked{color:#555}
            .estimate{font-style:italic}
            #topology svg{width:100%;height:auto}
            """;

    /** The script: fetches the changing part every second and swaps it in when it changed; nothing else. */
    static final String JS = """
            (function () {
              var last = null;
              function tick() {
                fetch('fragment' + window.location.search, {cache: 'no-store'})
                  .then(function (r) { return r.ok ? r.text() : null; })
                  .then(function (html) {
                    if (html !== null && html !== last) {
                      last = html;
                      var old = document.getElementById('status');
                      var holder = document.createElement('div');
                      holder.innerHTML = html;
                      old.replaceWith(holder.firstElementChild);
                    }
                  })
                  .catch(function () {})
                  .finally(function () { setTimeout(tick, 1000); });
              }
              setTimeout(tick, 1000);
            })();
            """;

    static List<String> paths() {
        return List.of("/", "/fragment", "/status.json", "/status.css", "/status.js", "/topology.svg");
    }
}
