package org.switchover.netconf;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.w3c.dom.Element;

/**
 * A NETCONF {@code <hello>} (RFC 6241 section 8.1): the sender's capabilities and, from a server,
 * the session-id. Both peers build and parse it here.
 */
public record Hello(Capabilities capabilities, OptionalLong sessionId) {

    public Hello {
        requireNonNull(capabilities, "capabilities");
        requireNonNull(sessionId, "sessionId");
    }

    /** A client's hello: no session-id. */
    public static Hello client(Capabilities capabilities) {
        return new Hello(capabilities, OptionalLong.empty());
    }

    /** A server's hello with the session-id it assigned. */
    public static Hello server(Capabilities capabilities, long sessionId) {
        return new Hello(capabilities, OptionalLong.of(sessionId));
    }

    public String toXml() {
        StringBuilder s = new StringBuilder(256 + 96 * capabilities.uris().size())
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hello xmlns=\"")
                .append(NetconfXml.BASE_NS).append("\"><capabilities>");
        for (String uri : capabilities.uris()) {
            s.append("<capability>").append(SecureXml.escape(uri)).append("</capability>");
        }
        s.append("</capabilities>");
        sessionId.ifPresent(id -> s.append("<session-id>").append(id).append("</session-id>"));
        return s.append("</hello>").toString();
    }

    public byte[] toBytes() {
        return toXml().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a peer's hello. A peer must offer base:1.0 or base:1.1; a session-id, when present,
     * must be a positive number.
     */
    public static Hello parse(byte[] xml, String peer, SecureXml.Limits limits) {
        Element root = SecureXml.parse(xml, peer, limits).getDocumentElement();
        if (!NetconfXml.isBase(root, "hello")) {
            throw new MalformedXmlException(peer, "expected <hello> in namespace " + NetconfXml.BASE_NS + " from " + peer
                    + ", got <" + root.getNodeName() + "> in " + root.getNamespaceURI()
                    + "; is this port really a NETCONF server?");
        }
        ImmutableSet.Builder<String> uris = ImmutableSet.builder();
        NetconfXml.child(root, "capabilities").ifPresent(caps -> {
            for (Element c : NetconfXml.children(caps)) {
                if (NetconfXml.isBase(c, "capability")) {
                    String uri = c.getTextContent().trim();
                    if (!uri.isEmpty()) uris.add(uri);
                }
            }
        });
        Capabilities capabilities = new Capabilities(uris.build());
        if (!capabilities.base10() && !capabilities.base11()) {
            throw new MalformedXmlException(peer, peer + " offered neither base:1.0 nor base:1.1 in its hello,"
                    + " so no NETCONF session is possible; it advertised " + capabilities.uris());
        }
        String id = NetconfXml.childText(root, "session-id");
        OptionalLong sessionId = OptionalLong.empty();
        if (!id.isEmpty()) {
            try {
                sessionId = OptionalLong.of(Long.parseLong(id));
            } catch (NumberFormatException e) {
                sessionId = OptionalLong.of(-1);
            }
            if (sessionId.getAsLong() <= 0) {
                throw new MalformedXmlException(peer, peer + " sent session-id '" + id + "' in its hello; RFC 6241"
                        + " requires a positive number");
            }
        }
        return new Hello(capabilities, sessionId);
    }

    public static Hello parse(byte[] xml, String peer) {
        return parse(xml, peer, SecureXml.Limits.DEFAULT);
    }
}
