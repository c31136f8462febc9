package org.switchover.lab.config;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.switchover.netconf.SecureXml;

/**
 * Reads untrusted XML (requests from clients, configs from files) into {@link XmlNode}s through
 * {@link SecureXml}, which refuses DTDs and external entities.
 */
public final class XmlReader {
    /** The NETCONF base namespace, which carries the edit-config {@code operation} attribute. */
    public static final String NETCONF_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private XmlReader() {}

    /** Parses {@code xml} from {@code source} (a peer or a file), refusing DTDs and entities. */
    public static Document parse(String xml, String source) {
        return SecureXml.parse(xml, source);
    }

    /** Converts a DOM element (with its subtree) into an {@link XmlNode}. */
    public static XmlNode toNode(Element e) {
        XmlNode node = new XmlNode(e.getNamespaceURI(), e.getLocalName());
        String op = e.getAttributeNS(NETCONF_NS, "operation");
        if (!op.isEmpty()) node.setOperation(op);
        StringBuilder text = new StringBuilder();
        boolean hasElements = false;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                hasElements = true;
                node.add(toNode(ce));
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        if (!hasElements) {
            String value = text.toString().trim();
            node.setText(value.isEmpty() ? null : value);
            int colon = value.indexOf(':');
            if (colon > 0 && value.indexOf(' ') < 0) {
                String prefix = value.substring(0, colon);
                String ns = e.lookupNamespaceURI(prefix);
                if (ns != null) node.valuePrefixes().put(prefix, ns);
            }
        }
        return node;
    }

    /** Parses a fragment of zero or more top-level elements, as found inside {@code <config>}. */
    public static XmlNode parseConfig(String xml, String source) {
        String trimmed = xml.strip();
        Document doc = parse("<config xmlns=\"" + NETCONF_NS + "\">" + stripDeclaration(trimmed) + "</config>", source);
        XmlNode wrapper = toNode(doc.getDocumentElement());
        // a payload may itself be wrapped in <config>; unwrap one level
        if (wrapper.children().size() == 1 && wrapper.children().get(0).name().equals("config")
                && !wrapper.children().get(0).children().isEmpty()
                && wrapper.children().get(0).namespace().equals(NETCONF_NS)) {
            return wrapper.children().get(0);
        }
        return wrapper;
    }

    private static String stripDeclaration(String xml) {
        if (xml.startsWith("<?xml")) {
            int end = xml.indexOf("?>");
            return end < 0 ? xml : xml.substring(end + 2);
        }
        return xml;
    }
}
