package org.switchover.lab.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.lab.config.CommitRequest;
import org.switchover.lab.config.ConfigStore;
import org.switchover.lab.config.EditRequest;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.RpcFailure;
import org.switchover.lab.config.SubtreeFilter;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlReader;
import org.switchover.lab.config.XmlWriter;
import org.switchover.netconf.MalformedXmlException;
import org.switchover.netconf.NetconfXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Answers the RPCs of one NETCONF session on a simulated switch: parses the request, applies it
 * to the switch's {@link ConfigStore}, and builds the reply. Transport-free, so it is tested
 * with plain strings.
 */
public final class RpcDispatcher {

    /** A reply and whether the session ends after sending it. */
    public record Reply(String xml, boolean closeSession) {}

    private final SimulatedSwitch sw;
    private final long sessionId;
    private static final String CISCO_IA = "http://cisco.com/yang/cisco-ia";

    private final JunosRpcs junos;
    /** Only a sizing hint: a session's thread handles its requests one at a time. */
    private int lastReplyLength = 1024;

    public RpcDispatcher(SimulatedSwitch sw, long sessionId) {
        this.sw = sw;
        this.sessionId = sessionId;
        this.junos = sw.platform() == org.switchover.lab.SwitchPlatform.JUNOS ? new JunosRpcs(sw, sessionId) : null;
    }

    public Reply handle(byte[] message) {
        Document doc;
        try {
            doc = org.switchover.netconf.SecureXml.parse(message, "session " + sessionId + " on " + sw.name());
        } catch (MalformedXmlException e) {
            return new Reply(ReplyXml.reply("", ReplyXml.errors(RpcFailure.protocol("malformed-message", e.getMessage()).errors())), false);
        }
        Element rpc = doc.getDocumentElement();
        if (!NetconfXml.isBase(rpc, "rpc")) {
            return new Reply(ReplyXml.reply("", ReplyXml.errors(RpcFailure.protocol("unknown-element",
                    "expected <rpc>, got <" + rpc.getLocalName() + ">").errors())), false);
        }
        String attributes = attributes(rpc);
        if (rpc.getAttribute("message-id").isEmpty()) {
            return new Reply(ReplyXml.reply(attributes, ReplyXml.errors(RpcFailure.of("rpc", "missing-attribute", "",
                    "<rpc> has no message-id", Map.of("bad-attribute", "message-id", "bad-element", "rpc")).errors())), false);
        }
        List<Element> ops = NetconfXml.children(rpc);
        if (ops.size() != 1) {
            return new Reply(ReplyXml.reply(attributes, ReplyXml.errors(RpcFailure.protocol("malformed-message",
                    "<rpc> must hold exactly one operation, got " + ops.size()).errors())), false);
        }
        Element op = ops.get(0);
        // the body is written straight into the reply; a reply about as long as the last one needs no regrowing
        StringBuilder reply = ReplyXml.start(attributes, lastReplyLength + 256);
        int body = reply.length();
        boolean close;
        try {
            dispatch(op, reply);
            close = NetconfXml.isBase(op, "close-session");
        } catch (RpcFailure f) {
            reply.setLength(body);
            reply.append(ReplyXml.errors(f.errors()));
            close = false;
        }
        String xml = ReplyXml.finish(reply);
        lastReplyLength = xml.length();
        return new Reply(xml, close);
    }

    /** Runs {@code op} and appends its reply body to {@code out}, or throws before appending anything. */
    private void dispatch(Element op, StringBuilder out) {
        if (sw.platform() == org.switchover.lab.SwitchPlatform.IOSXE && CISCO_IA.equals(op.getNamespaceURI())
                && "save-config".equals(op.getLocalName())) {
            sw.store().saveRunningAsStartup();
            // Cisco's reply to cisco-ia:save-config is a result text, not <ok/>
            out.append("<result xmlns=\"").append(CISCO_IA).append("\">Save running-config successful</result>");
            return;
        }
        if (!NetconfXml.BASE_NS.equals(op.getNamespaceURI()) && op.getNamespaceURI() != null) {
            throw RpcFailure.of("protocol", "operation-not-supported", "", "operation " + op.getLocalName() + " in namespace "
                    + op.getNamespaceURI() + " is not supported", Map.of("bad-element", op.getLocalName()));
        }
        ConfigStore store = sw.store();
        switch (op.getLocalName()) {
            case "get" -> {
                Optional<XmlNode> filter = filter(op);
                data(sw.operationalData(filter.map(FilterRoots::of).orElse(FilterRoots.ALL)), filter, out);
                return;
            }
            case "get-config" -> {
                // the stored tree itself: data() only writes it out
                XmlNode config = store.view(RpcParams.datastore(op, "source"));
                data(config, filter(op), out);
                return;
            }
            case "edit-config" -> store.editConfig(sessionId, RpcParams.edit(op));
            case "copy-config" -> {
                Optional<XmlNode> inline = RpcParams.inlineConfig(op, "source");
                store.copyConfig(sessionId, inline.isPresent() ? Optional.empty() : Optional.of(RpcParams.datastore(op, "source")),
                        inline, RpcParams.datastore(op, "target"));
            }
            case "delete-config" -> store.deleteConfig(sessionId, RpcParams.datastore(op, "target"));
            case "lock" -> store.lock(sessionId, RpcParams.datastore(op, "target"));
            case "unlock" -> store.unlock(sessionId, RpcParams.datastore(op, "target"));
            case "discard-changes" -> store.discardChanges(sessionId);
            case "validate" -> {
                Optional<XmlNode> inline = RpcParams.inlineConfig(op, "source");
                store.validate(inline.isPresent() ? Optional.empty() : Optional.of(RpcParams.datastore(op, "source")), inline);
            }
            case "commit" -> store.commit(sessionId, commitRequest(op));
            case "cancel-commit" -> store.cancelCommit(sessionId, RpcParams.optionalText(op, "persist-id"));
            case "close-session" -> { }
            case "kill-session" -> killSession(op);
            default -> {
                if (junos != null && JunosRpcs.handles(op.getLocalName())) {
                    junos.handle(op, out);
                    return;
                }
                throw RpcFailure.of("protocol", "operation-not-supported", "",
                        "operation " + op.getLocalName() + " is not supported by this switch", Map.of("bad-element", op.getLocalName()));
            }
        }
        out.append(ReplyXml.ok());
    }

    private CommitRequest commitRequest(Element op) {
        if (junos != null) {
            for (String param : List.of("persist", "persist-id")) {
                if (NetconfXml.child(op, param).isPresent()) {
                    // Junos advertises confirmed-commit 1.0, which has neither
                    throw RpcFailure.of("protocol", "unknown-element", "", "syntax error: <" + param + "> is not a parameter of <commit>"
                            + " on this switch (confirmed-commit 1.0: no persist)", Map.of("bad-element", param));
                }
            }
        }
        boolean confirmed = NetconfXml.child(op, "confirmed").isPresent();
        Duration timeout = RpcParams.optionalText(op, "confirm-timeout").map(t -> {
            try {
                long s = Long.parseLong(t);
                if (s < 1 || s > 4294967295L) throw new NumberFormatException();
                return Duration.ofSeconds(s);
            } catch (NumberFormatException e) {
                throw RpcFailure.application("invalid-value", "/commit/confirm-timeout", "confirm-timeout '" + t + "' is not 1..4294967295 seconds");
            }
        }).orElse(CommitRequest.DEFAULT_CONFIRM_TIMEOUT);
        return new CommitRequest(confirmed, timeout, RpcParams.optionalText(op, "persist"), RpcParams.optionalText(op, "persist-id"));
    }

    private void killSession(Element op) {
        String text = RpcParams.optionalText(op, "session-id").orElseThrow(() ->
                RpcFailure.of("protocol", "missing-element", "", "kill-session needs a session-id", Map.of("bad-element", "session-id")));
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw RpcFailure.application("invalid-value", "/kill-session/session-id", "session-id '" + text + "' is not a number");
        }
        if (id == sessionId) {
            throw RpcFailure.application("invalid-value", "/kill-session/session-id", "a session cannot kill itself; use close-session");
        }
        SimulatedSwitch.OpenSession victim = sw.session(id).orElse(null);
        if (victim == null) {
            // a lock held by a session that is not connected (the injected fault) is still released
            if (sw.store().lockHolderSessions().contains(id)) {
                sw.store().sessionEnded(id);
                return;
            }
            throw RpcFailure.application("invalid-value", "/kill-session/session-id", "no session " + id + " on this switch");
        }
        victim.drop();
    }

    /** The subtree filter of {@code op}, if it has one; other filter types are refused. */
    private static Optional<XmlNode> filter(Element op) {
        Optional<Element> filter = NetconfXml.child(op, "filter");
        if (filter.isEmpty()) return Optional.empty();
        String type = filter.get().getAttribute("type");
        if (!type.isEmpty() && !type.equals("subtree")) {
            throw RpcFailure.of("protocol", "operation-not-supported", "", "filter type '" + type + "' is not supported; use subtree",
                    Map.of("bad-attribute", "type", "bad-element", "filter"));
        }
        return Optional.of(XmlReader.toNode(filter.get()));
    }

    /** Appends {@code <data>} with what {@code filter} selects of {@code root}'s children, which are only read. */
    private static void data(XmlNode root, Optional<XmlNode> filter, StringBuilder out) {
        XmlNode selected = filter.isPresent() ? SubtreeFilter.view(root, filter.get()) : root;
        out.append("<data>");
        for (XmlNode c : selected.children()) XmlWriter.write(c, out);
        out.append("</data>");
    }

    private static String attributes(Element rpc) {
        StringBuilder s = new StringBuilder();
        NamedNodeMap attrs = rpc.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getName().equals("xmlns")) continue;
            s.append(' ').append(a.getName()).append("=\"").append(XmlWriter.escape(a.getValue())).append('"');
        }
        return s.toString();
    }
}
