package org.switchover.lab;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.switchover.netconf.Datastore;

/**
 * The text commands that change a running lab, as the control socket receives them, one per
 * line: {@code power-off SW}, {@code power-on SW}, {@code unplug SW:PORT}, {@code plug SW:PORT SW:PORT},
 * {@code move SW:PORT SW:PORT} (the cable at the first end now ends at the second),
 * {@code rack SPARE OLD} (every cable of OLD moves to the same port of SPARE),
 * {@code fail-port SW:PORT}, {@code repair-port SW:PORT}, {@code delay SW MILLIS},
 * {@code drop-after SW N}, {@code reject-commit SW}, {@code hold-lock SW running|candidate|startup},
 * {@code release-locks SW}, {@code status}.
 */
public final class FaultCommand {
    /** Usage text of every command. */
    public static final String USAGE = "power-off SW | power-on SW | unplug SW:PORT | plug SW:PORT SW:PORT | move SW:PORT SW:PORT"
            + " | rack SPARE OLD"
            + " | fail-port SW:PORT | repair-port SW:PORT | delay SW MILLIS | drop-after SW N | reject-commit SW"
            + " | hold-lock SW running|candidate|startup | release-locks SW | status";

    private FaultCommand() {}

    /** Applies {@code line} to {@code lab}; returns what happened, or throws IllegalArgumentException saying what is wrong. */
    public static String apply(Lab lab, String line) throws IOException {
        List<String> w = List.of(line.trim().split("\\s+"));
        String verb = w.get(0).toLowerCase(Locale.ROOT);
        switch (verb) {
            case "power-off" -> {
                args(w, 1);
                lab.powerOff(w.get(1));
                return w.get(1) + " is powered off";
            }
            case "power-on" -> {
                args(w, 1);
                lab.powerOn(w.get(1));
                return w.get(1) + " is powered on (booted from startup) at 127.0.0.1:" + lab.get(w.get(1)).port();
            }
            case "unplug" -> {
                args(w, 1);
                Topology.Endpoint far = lab.topology().unplug(Topology.Endpoint.parse(w.get(1)));
                return "unplugged the cable " + w.get(1) + " - " + far;
            }
            case "plug" -> {
                args(w, 2);
                lab.plug(Topology.Endpoint.parse(w.get(1)), Topology.Endpoint.parse(w.get(2)));
                return "cabled " + w.get(1) + " - " + w.get(2);
            }
            case "move" -> {
                args(w, 2);
                lab.move(Topology.Endpoint.parse(w.get(1)), Topology.Endpoint.parse(w.get(2)));
                return "moved the cable from " + w.get(1) + " to " + w.get(2);
            }
            case "rack" -> {
                args(w, 2);
                Topology.Racking r = lab.rack(w.get(1), w.get(2));
                return "racked " + w.get(1) + " as " + w.get(2) + ": " + r.moved().size() + " cable(s) moved"
                        + (r.moved().isEmpty() ? "" : " to " + r.moved().stream().map(Topology.Endpoint::port).collect(Collectors.joining(", ")))
                        + (r.loose().isEmpty() ? "" : "; " + w.get(1) + " has no port for the cable(s) from "
                                + r.loose().stream().map(Topology.Endpoint::toString).collect(Collectors.joining(", ")) + ", left hanging");
            }
            case "fail-port", "repair-port" -> {
                args(w, 1);
                lab.failPort(Topology.Endpoint.parse(w.get(1)), verb.equals("fail-port"));
                return w.get(1) + (verb.equals("fail-port") ? " has failed" : " is repaired");
            }
            case "delay" -> {
                args(w, 2);
                lab.delayReplies(w.get(1), Duration.ofMillis(number(w.get(2), "MILLIS")));
                return w.get(1) + " delays every reply by " + w.get(2) + " ms";
            }
            case "drop-after" -> {
                args(w, 2);
                lab.dropSessionAfter(w.get(1), (int) number(w.get(2), "N"));
                return w.get(1) + " drops the session after " + w.get(2) + " more replies";
            }
            case "reject-commit" -> {
                args(w, 1);
                lab.rejectNextCommit(w.get(1));
                return w.get(1) + " rejects its next commit";
            }
            case "hold-lock" -> {
                args(w, 2);
                Datastore ds = Datastore.valueOf(w.get(2).toUpperCase(Locale.ROOT));
                long id = lab.holdLock(w.get(1), ds);
                return w.get(1) + " " + w.get(2) + " is locked by session " + id + " (release-locks or kill-session " + id + " frees it)";
            }
            case "release-locks" -> {
                args(w, 1);
                lab.releaseHeldLocks(w.get(1));
                return "released the held locks of " + w.get(1);
            }
            case "status" -> {
                return status(lab);
            }
            default -> throw new IllegalArgumentException("unknown lab command '" + w.get(0) + "'; use " + USAGE);
        }
    }

    private static String status(Lab lab) {
        String switches = lab.switches().stream()
                .map(s -> s.name() + " 127.0.0.1:" + s.port() + " " + (s.powered() ? "on" : "OFF") + " " + s.platform().id()
                        + " sessions=" + s.openSessions() + (s.store().confirmedCommitPending() ? " confirmed-commit-pending" : ""))
                .collect(Collectors.joining("\n"));
        String cables = lab.topology().cables().stream().map(c -> "cable " + c.a() + " - " + c.b()).collect(Collectors.joining("\n"));
        return switches + (cables.isEmpty() ? "" : "\n" + cables);
    }

    private static void args(List<String> w, int n) {
        if (w.size() != n + 1) throw new IllegalArgumentException("'" + w.get(0) + "' takes " + n + " argument(s); use " + USAGE);
    }

    private static long number(String text, String what) {
        try {
            long n = Long.parseLong(text);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a non-negative whole number");
        }
    }
}
