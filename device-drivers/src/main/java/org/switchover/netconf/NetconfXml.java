package org.switchover.netconf;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The NETCONF base namespace and the few DOM navigations every message reader needs. */
public final class NetconfXml {
    /** urn:ietf:params:xml:ns:netconf:base:1.0, the namespace of hello, rpc, rpc-reply and rpc-error. */
    public static final String BASE_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private NetconfXml() {}

    /** The element children of {@code parent}, in document order. */
    public static List<Element> children(Element parent) {
        ImmutableList.Builder<Element> out = ImmutableList.builder();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) out.add((Element) c);
        }
        return out.build();
    }

    /** The first child element with this local name in the base namespace (or no namespace, as some servers send). */
    public static Optional<Element> child(Element parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && isBase(c, localName)) return Optional.of((Element) c);
        }
        return Optional.empty();
    }

    /** The trimmed text of the first such child, or an empty string. */
    public static String childText(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).orElse("");
    }

    /** True when {@code node} is the element {@code localName} of the base namespace (or of no namespace). */
    public static boolean isBase(Node node, String localName) {
        String ns = node.getNamespaceURI();
        return localName.equals(node.getLocalName()) && (ns == null || BASE_NS.equals(ns));
    }
}
