package org.switchover.platform.junos;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.switchover.netconf.RpcError;
import org.switchover.netconf.RpcErrorException;
import org.switchover.netconf.RpcReplies;
import org.switchover.netconf.RpcReply;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Junos reports errors of its XML API inside a reply that NETCONF counts as a success: an
 * {@code <xnm:error>} (namespace {@value #XNM}) with {@code <source-daemon>}, {@code <edit-path>}
 * ({@code [edit interfaces]}), {@code <statement>} and {@code <message>}, or an {@code <rpc-error>}
 * nested in {@code <commit-results>/<routing-engine>}. This turns them into the project's
 * {@link RpcErrorException}, with the edit path as error-path and the statement as the
 * error-info {@code bad-element}, as Junos's own rpc-errors carry them.
 */
final class JunosErrors {

    static final String XNM = "http://xml.juniper.net/xnm/1.1/xnm";

    private JunosErrors() {}

    /** Throws when {@code reply} carries a Junos error of severity error; warnings are let through. */
    static RpcReply check(RpcReply reply, String device, String operation) {
        List<RpcError> errors = errors(reply.element());
        if (errors.stream().anyMatch(e -> !e.isWarning())) {
            throw new RpcErrorException(device, reply.messageId(), operation, errors);
        }
        return reply;
    }

    /** Every xnm:error, xnm:warning and nested rpc-error below the reply, in document order. */
    static List<RpcError> errors(Element reply) {
        List<RpcError> out = new ArrayList<>();
        collect(reply, reply, out);
        return out;
    }

    private static void collect(Element reply, Element at, List<RpcError> out) {
        for (Node n = at.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            boolean xnm = XNM.equals(e.getNamespaceURI());
            if (xnm && ("error".equals(e.getLocalName()) || "warning".equals(e.getLocalName()))) {
                out.add(fromXnm(e));
            } else if ("rpc-error".equals(e.getLocalName()) && at != reply) {
                // top-level rpc-errors already failed the reply in the NETCONF client
                out.add(RpcReplies.parseError(e));
            } else {
                collect(reply, e, out);
            }
        }
    }

    private static RpcError fromXnm(Element e) {
        String editPath = text(e, "edit-path");
        String statement = text(e, "statement");
        String message = text(e, "message");
        ImmutableMap.Builder<String, String> info = ImmutableMap.builder();
        if (!statement.isEmpty()) info.put("bad-element", statement);
        String daemon = text(e, "source-daemon");
        if (!daemon.isEmpty()) info.put("source-daemon", daemon);
        String severity = "warning".equals(e.getLocalName()) ? "warning" : "error";
        return new RpcError("application", "operation-failed", severity, "", editPath, message, info.buildKeepingLast());
    }

    private static String text(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) return c.getTextContent().trim();
        }
        return "";
    }

    /** The Junos edit path and offending statement of an error, for messages: {@code [edit interfaces] ge-0/0/99}. */
    static String where(RpcError error) {
        String bad = error.info().getOrDefault("bad-element", "");
        return (error.path() + (bad.isEmpty() ? "" : " " + bad)).trim();
    }

}
