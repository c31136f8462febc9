package org.switchover.lab.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchover.lab.config.EditRequest;
import org.switchover.lab.config.RpcFailure;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlReader;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfXml;
import org.w3c.dom.Element;

/** Reads the parameters of NETCONF operations, refusing missing or unknown ones with RFC error-tags. */
final class RpcParams {
    private static final List<String> DEFAULT_OPS = List.of("merge", "replace", "none");
    private static final List<String> TEST_OPTIONS = List.of("test-then-set", "set", "test-only");
    private static final List<String> ERROR_OPTIONS = List.of("stop-on-error", "continue-on-error", "rollback-on-error");

    private RpcParams() {}

    static Datastore datastore(Element op, String param) {
        Element holder = NetconfXml.child(op, param).orElseThrow(() -> missing(op, param));
        List<Element> children = NetconfXml.children(holder);
        if (children.size() != 1) throw missing(op, param);
        Element ds = children.get(0);
        return switch (ds.getLocalName()) {
            case "running" -> Datastore.RUNNING;
            case "candidate" -> Datastore.CANDIDATE;
            case "startup" -> Datastore.STARTUP;
            case "url" -> throw RpcFailure.protocol("operation-not-supported", "this switch has no :url capability");
            default -> throw RpcFailure.of("protocol", "invalid-value", "", "unknown datastore <" + ds.getLocalName() + "> in <" + param + ">",
                    Map.of("bad-element", ds.getLocalName()));
        };
    }

    /** The {@code <config>} inside {@code <param>}, when the parameter holds one instead of a datastore. */
    static Optional<XmlNode> inlineConfig(Element op, String param) {
        return NetconfXml.child(op, param).flatMap(p -> NetconfXml.child(p, "config")).map(XmlReader::toNode);
    }

    static EditRequest edit(Element op) {
        Datastore target = datastore(op, "target");
        Element config = NetconfXml.child(op, "config").orElseThrow(() -> {
            if (NetconfXml.child(op, "url").isPresent()) {
                return RpcFailure.protocol("operation-not-supported", "this switch has no :url capability");
            }
            return missing(op, "config");
        });
        return new EditRequest(target, XmlReader.toNode(config),
                choice(op, "default-operation", DEFAULT_OPS),
                choice(op, "error-option", ERROR_OPTIONS),
                choice(op, "test-option", TEST_OPTIONS));
    }

    private static String choice(Element op, String param, List<String> allowed) {
        Optional<String> value = optionalText(op, param);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw RpcFailure.of("protocol", "invalid-value", "", param + " '" + value.get() + "' is not one of " + allowed,
                    Map.of("bad-element", param));
        }
        return value.orElse(null);
    }

    static Optional<String> optionalText(Element op, String param) {
        return NetconfXml.child(op, param).map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
    }

    private static RpcFailure missing(Element op, String param) {
        return RpcFailure.of("protocol", "missing-element", "", op.getLocalName() + " needs a <" + param + "> parameter",
                Map.of("bad-element", param));
    }
}
