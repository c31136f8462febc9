package org.switchover.netconf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads {@code <rpc-reply>} messages: the message-id, rpc-errors, and success or failure. */
public final class RpcReplies {
    private RpcReplies() {}

    /** The message-id attribute of a reply (or request); empty when absent, as some servers do on parse errors. */
    public static Optional<String> messageId(Element message) {
        String id = message.getAttribute("message-id");
        if (id.isEmpty()) id = message.getAttributeNS(NetconfXml.BASE_NS, "message-id");
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** Every {@code <rpc-error>} child of {@code reply}, in document order. */
    public static List<RpcError> errors(Element reply) {
        ImmutableList.Builder<RpcError> out = ImmutableList.builder();
        for (Element c : NetconfXml.children(reply)) {
            if (NetconfXml.isBase(c, "rpc-error")) out.add(parseError(c));
        }
        return out.build();
    }

    public static RpcError parseError(Element e) {
        Map<String, String> info = ImmutableMap.of();
        Optional<Element> infoElement = NetconfXml.child(e, "error-info");
        if (infoElement.isPresent()) {
            ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
            for (Element i : NetconfXml.children(infoElement.get())) {
                b.put(i.getLocalName(), i.getTextContent().trim());
            }
            info = b.buildKeepingLast();
        }
        String severity = NetconfXml.childText(e, "error-severity");
        return new RpcError(
                NetconfXml.childText(e, "error-type"),
                NetconfXml.childText(e, "error-tag"),
                severity.isEmpty() ? "error" : severity,
                NetconfXml.childText(e, "error-app-tag"),
                NetconfXml.childText(e, "error-path"),
                NetconfXml.childText(e, "error-message"),
                info);
    }

    /**
     * The reply as a success, or {@link RpcErrorException} when it carries an rpc-error of severity
     * error. Warnings alone do not fail it.
     */
    public static RpcReply check(Document reply, String device, String messageId, String operation) {
        Element root = reply.getDocumentElement();
        if (!NetconfXml.isBase(root, "rpc-reply")) {
            throw new MalformedXmlException(device, messageId, "expected <rpc-reply> from " + device + " to <" + operation
                    + "> (message-id " + messageId + "), got <" + root.getNodeName() + ">", null);
        }
        List<RpcError> errors = errors(root);
        if (errors.stream().anyMatch(e -> !e.isWarning())) {
            throw new RpcErrorException(device, messageId, operation, errors);
        }
        return new RpcReply(messageId, root, errors);
    }

    /** The {@code <data>} child of a get, get-config or get-schema reply. */
    public static Element data(RpcReply reply, String device, String operation) {
        for (Node c = reply.element().getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && "data".equals(c.getLocalName())) return (Element) c;
        }
        throw new MalformedXmlException(device, reply.messageId(), "reply from " + device + " to <" + operation
                + "> (message-id " + reply.messageId() + ") has no <data> element", null);
    }

    /** The local name of the operation in an operation XML fragment, for messages. */
    static String operationName(String operationXml) {
        String t = operationXml.strip();
        int start = t.indexOf('<') + 1;
        int end = start;
        while (end < t.length() && " \t\r\n/>".indexOf(t.charAt(end)) < 0) end++;
        String name = t.substring(start, end);
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }
}
