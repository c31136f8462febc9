package org.switchover.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.switchover.workflow.Progress;

/** Prints progress: one plain line per step event, one JSON object per line, or nothing. */
final class ProgressPrinter implements Progress {

    /** How progress is shown. */
    enum Style { PLAIN, JSON, QUIET }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final PrintWriter out;
    private final Style style;

    ProgressPrinter(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    static Style style(boolean json, boolean quiet) {
        return json ? Style.JSON : quiet ? Style.QUIET : Style.PLAIN;
    }

    @Override
    public synchronized void report(Event e) {
        switch (style) {
            case QUIET -> { }
            case JSON -> out.println("{\"at\":\"" + e.at() + "\",\"device\":" + Json.string(e.device()) + ",\"step\":"
                    + Json.string(e.step()) + ",\"status\":\"" + e.status().name().toLowerCase(Locale.ROOT)
                    + "\",\"message\":" + Json.string(e.message()) + "}");
            case PLAIN -> {
                if (e.status() == Status.STARTED) return; // the finish line says it all
                String first = e.message().lines().findFirst().orElse("");
                out.printf("%s  %-8s %-24s %-11s %s%n", TIME.format(e.at()), e.device(), e.step(),
                        e.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), first);
                e.message().lines().skip(1).forEach(l -> out.println("      " + l));
            }
        }
        out.flush();
    }

    /** Minimal JSON string quoting. */
    static final class Json {
        private Json() {}

        static String string(String s) {
            if (s == null) return "null";
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
