package org.switchover.lab.config;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads untrusted XML (requests from clients, configs from files) into DOM or {@link XmlNode}s
 * with DTDs and external entities off: a NETCONF peer never needs them and they are the door to
 * entity-expansion and file-disclosure attacks.
 */
public final class XmlReader {
    /** The NETCONF base namespace, which carries the edit-config {@code operation} attribute. */
    public static final String NETCONF_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private XmlReader() {}

    public static Document parse(String xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new MalformedXmlException(e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new MalformedXmlException(e.toString(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
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
    public static XmlNode parseConfig(String xml) {
        String trimmed = xml.strip();
        Document doc = parse("<config xmlns=\"" + NETCONF_NS + "\">" + stripDeclaration(trimmed) + "</config>");
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

    /** XML that is not well-formed or uses forbidden constructs such as a DOCTYPE. */
    public static final class MalformedXmlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedXmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
