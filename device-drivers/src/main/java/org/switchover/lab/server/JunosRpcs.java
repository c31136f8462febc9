package org.switchover.lab.server;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.lab.config.CommitRequest;
import org.switchover.lab.config.ConfigStore;
import org.switchover.lab.config.RpcFailure;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlWriter;
import org.switchover.lab.state.JunosReplies;
import org.switchover.netconf.NetconfXml;
import org.switchover.netconf.RpcError;
import org.w3c.dom.Element;

/**
 * The Junos XML API RPCs of a junos lab switch: {@code <commit-configuration>} (confirm-timeout in
 * minutes, a commit that fails answered as Junos does, {@code <commit-results>} holding
 * {@code <xnm:error>}s), {@code <load-configuration rollback="N"/>}, and the operational
 * RPCs of {@link JunosReplies}, derived from running and the cabling on each request.
 */
final class JunosRpcs {
    static final String XNM = "http://xml.juniper.net/xnm/1.1/xnm";
    private static final Set<String> NAMES = Set.of("commit-configuration", "load-configuration", "get-commit-information",
            "get-software-information", "get-chassis-inventory", "get-interface-information", "get-lldp-neighbors-information",
            "get-ethernet-switching-interface-details");

    private final SimulatedSwitch sw;
    private final long sessionId;

    JunosRpcs(SimulatedSwitch sw, long sessionId) {
        this.sw = sw;
        this.sessionId = sessionId;
    }

    static boolean handles(String operation) {
        return NAMES.contains(operation);
    }

    /** Answers {@code op}, appending the reply body to {@code out}, or throws before appending anything. */
    void handle(Element op, StringBuilder out) {
        ConfigStore store = sw.store();
        switch (op.getLocalName()) {
            case "commit-configuration" -> commit(op, out);
            case "load-configuration" -> {
                String rollback = op.getAttribute("rollback");
                if (rollback.isEmpty()) {
                    throw RpcFailure.of("protocol", "operation-not-supported", "", "this lab switch loads only rollback configurations"
                            + " (<load-configuration rollback=\"N\"/>); edit the candidate with <edit-config>", Map.of("bad-element", "load-configuration"));
                }
                store.loadRollback(sessionId, number(rollback, "rollback"));
                out.append("<load-configuration-results><load-success/></load-configuration-results>");
            }
            case "get-commit-information" -> write(JunosReplies.commitInformation(store.commitHistory()), out);
            case "get-software-information" -> write(JunosReplies.softwareInformation(sw.hostname(), sw.identity()), out);
            case "get-chassis-inventory" -> write(JunosReplies.chassisInventory(sw.identity()), out);
            case "get-interface-information" -> write(JunosReplies.interfaceInformation(store.runningView(), sw.identity(), sw::portStatus), out);
            case "get-lldp-neighbors-information" -> write(JunosReplies.lldpNeighbors(sw.identity(), sw::portStatus), out);
            case "get-ethernet-switching-interface-details" -> write(JunosReplies.switchingInterfaces(store.runningView()), out);
            default -> throw new IllegalStateException(op.getLocalName());
        }
    }

    /**
     * {@code <commit-configuration>}: {@code <confirmed/>} with {@code <confirm-timeout>} in minutes
     * (1..65535, default 10), {@code <log>} kept in the commit history, {@code <check/>} only validates.
     */
    private void commit(Element op, StringBuilder out) {
        boolean confirmed = NetconfXml.child(op, "confirmed").isPresent();
        long minutes = RpcParams.optionalText(op, "confirm-timeout").map(t -> number(t, "confirm-timeout")).orElse(10);
        if (minutes < 1 || minutes > 65535) {
            throw RpcFailure.of("protocol", "invalid-value", "", "confirm-timeout " + minutes + " is outside 1..65535 minutes",
                    Map.of("bad-element", "confirm-timeout"));
        }
        String log = RpcParams.optionalText(op, "log").orElse("");
        try {
            if (NetconfXml.child(op, "check").isPresent()) {
                sw.store().validate(Optional.of(org.switchover.netconf.Datastore.CANDIDATE), Optional.empty());
            } else {
                Duration timeout = sw.junosMinute().multipliedBy(minutes);
                sw.store().commit(sessionId, new CommitRequest(confirmed, timeout, Optional.empty(), Optional.empty()), log,
                        confirmed ? "commit confirmed, rollback in " + minutes + "mins" : "");
            }
        } catch (RpcFailure f) {
            // a configuration the commit refuses is reported in the commit results; lock and session errors stay rpc-errors
            if (f.errors().stream().noneMatch(e -> e.tag().equals("operation-failed"))) throw f;
            out.append("<commit-results><routing-engine><name>re0</name>");
            for (RpcError e : f.errors()) xnmError(e, out);
            out.append("<xnm:error xmlns:xnm=\"").append(XNM).append("\"><message>configuration check-out failed</message></xnm:error>");
            out.append("</routing-engine></commit-results>");
            return;
        }
        out.append("<commit-results><routing-engine><name>re0</name><commit-success/></routing-engine></commit-results>");
    }

    private static void xnmError(RpcError e, StringBuilder out) {
        out.append("<xnm:error xmlns:xnm=\"").append(XNM).append("\"><source-daemon>mgd</source-daemon>");
        if (!e.path().isEmpty()) out.append("<edit-path>").append(XmlWriter.escape(e.path())).append("</edit-path>");
        String statement = e.info().getOrDefault("bad-element", "");
        if (!statement.isEmpty()) out.append("<statement>").append(XmlWriter.escape(statement)).append("</statement>");
        out.append("<message>").append(XmlWriter.escape(e.message())).append("</message></xnm:error>");
    }

    private static void write(XmlNode node, StringBuilder out) {
        XmlWriter.write(node, out);
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw RpcFailure.of("protocol", "invalid-value", "", what + " '" + text + "' is not a number", Map.of("bad-element", what));
        }
    }
}
