package org.switchover.workflow.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inside a controller JVM under test: every side effect the controller is about to make or has
 * just made (a journal write, a device RPC that changes state) passes here as a labelled point.
 * Depending on how the JVM was started, the points are written to a file (the recording run), or
 * the JVM halts as kill -9 would at one of them: the k-th time a label is hit, or the M-th point.
 */
public final class CrashPoints {

    /** A recorded point: its label and which occurrence of that label it is (1-based). */
    public record Point(String label, int occurrence) {
        public String key() {
            return label + "#" + occurrence;
        }

        static Point parse(String key) {
            int hash = key.lastIndexOf('#');
            return new Point(key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)));
        }
    }

    private static final Pattern WRITE = Pattern.compile("^\\s*(INSERT INTO|UPDATE|DELETE FROM)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPERATION = Pattern.compile("^\\s*<([\\w:-]+)");
    public static final int HALT_CODE = 137;

    private static final Object GUARD = new Object();
    private static final Map<String, Integer> seen = new HashMap<>();
    private static long count;
    private static Path record;
    private static Point haltAt;
    private static long haltAtCount;

    private CrashPoints() {}

    /** Records every point into {@code file}, one {@code label#occurrence} a line. */
    static void recordTo(Path file) {
        record = file;
    }

    static void haltAt(Point point) {
        haltAt = point;
    }

    static void haltAtCount(long n) {
        haltAtCount = n;
    }

    /** Called before ({@code done} false) and after a device RPC; ignores reads. */
    public static void rpc(boolean done, Object session, String operationXml) {
        operation(operationXml).ifPresent(op -> hit((done ? "after " : "before ") + "rpc " + op + " "
                + ((org.switchover.netconf.NetconfSession) session).device()));
    }

    /** Called before ({@code done} false) and after a journal statement; ignores PRAGMAs and reads. */
    public static void write(boolean done, String sql) {
        Matcher m = WRITE.matcher(sql);
        if (m.find()) hit((done ? "after " : "before ") + "journal " + m.group(1).toUpperCase(Locale.ROOT).split(" ")[0] + " " + m.group(2));
    }

    /** Called when a journal transaction is about to begin, and after it committed. */
    public static void transaction(boolean done) {
        hit((done ? "after " : "before ") + "journal transaction");
    }

    /** The state-changing NETCONF operation {@code xml} asks for, named precisely; empty for reads. */
    static Optional<String> operation(String xml) {
        Matcher m = OPERATION.matcher(xml);
        if (!m.find()) return Optional.empty();
        String op = m.group(1);
        if (op.startsWith("get") || op.equals("close-session")) return Optional.empty();
        return Optional.of(switch (op) {
            case "commit" -> xml.contains("<confirmed") ? "commit-confirmed" : xml.contains("<persist-id>") ? "confirm" : "commit";
            case "edit-config" -> "edit-config " + (xml.contains("<running") ? "running" : "candidate");
            default -> op;
        });
    }

    private static void hit(String label) {
        synchronized (GUARD) {
            int occurrence = seen.merge(label, 1, Integer::sum);
            count++;
            Point p = new Point(label, occurrence);
            if (record != null) append(p);
            if (p.equals(haltAt) || count == haltAtCount) {
                System.out.println("halting at point " + count + ": " + p.key());
                System.out.flush();
                Runtime.getRuntime().halt(HALT_CODE);
            }
        }
    }

    private static void append(Point p) {
        try {
            Files.writeString(record, p.key() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a point written as {@code label#occurrence}. */
    public static Point point(String key) {
        return Point.parse(key);
    }
}
