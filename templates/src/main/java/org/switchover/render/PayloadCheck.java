package org.switchover.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a rendered payload: well-formed XML (DTDs and external entities off), a NETCONF
 * {@code <config>} root, and no top-level element the template does not declare it owns.
 */
final class PayloadCheck {

    static final String NETCONF_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(PayloadCheck::newBuilder);

    private PayloadCheck() {}

    /** Empty when the payload is fine, else what is wrong with it. */
    static java.util.Optional<String> problem(String xml, List<OwnedSubtree> owned) {
        Document doc;
        try {
            DocumentBuilder b = BUILDER.get();
            b.reset();
            doc = b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            return java.util.Optional.of("rendered XML is not well-formed at output line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            return java.util.Optional.of("rendered XML is not well-formed: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!"config".equals(root.getLocalName()) || !NETCONF_NS.equals(root.getNamespaceURI())) {
            return java.util.Optional.of("the payload's root must be <config xmlns=\"" + NETCONF_NS + "\">, found <" + root.getTagName() + ">");
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) continue;
            OwnedSubtree top = new OwnedSubtree(String.valueOf(n.getNamespaceURI()), n.getLocalName());
            if (!owned.contains(top)) {
                return java.util.Optional.of("top-level element " + top + " is not declared with {# owns: "
                        + top.namespace() + " " + top.name() + " #}");
            }
        }
        return java.util.Optional.empty();
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
    }
}
