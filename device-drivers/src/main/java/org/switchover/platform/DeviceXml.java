package org.switchover.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.switchover.netconf.DeferredDom;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Namespace-aware parsing and printing of configuration XML with DTDs and external entities
 * off: payloads and device data are untrusted text.
 */
public final class DeviceXml {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private DeviceXml() {}

    /** Parses {@code xml}; {@code source} names where it came from in the error. */
    public static Element parse(String xml, String source) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException e) {
            throw new IllegalArgumentException(source + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot parse " + source, e);
        }
    }

    /** {@code text} escaped for use as element content or an attribute value. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A new empty document to build requests in. */
    public static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    /** The XML text of {@code node}, without an XML declaration. */
    public static String print(Node node) {
        try {
            Transformer t = TRANSFORMERS.get().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot print XML", e);
        }
    }

    /**
     * A deep copy of {@code e} into {@code doc} that keeps the namespace declarations of its
     * ancestors, which identity values such as {@code ianaift:ethernetCsmacd} may rely on.
     */
    public static Element importInScope(Document doc, Element e) {
        Element copy = (Element) doc.importNode(e, true);
        for (Node a = e.getParentNode(); a instanceof Element ancestor; a = a.getParentNode()) {
            NamedNodeMap attrs = ancestor.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr attr = (Attr) attrs.item(i);
                if (XMLNS.equals(attr.getNamespaceURI()) && !copy.hasAttributeNS(XMLNS, attr.getLocalName())) {
                    copy.setAttributeNS(XMLNS, attr.getName(), attr.getValue());
                }
            }
        }
        return copy;
    }

    /**
     * Declares on {@code e} the namespaces its ancestors declare (the nearest declaration of a
     * prefix winning), so {@code e} can move elsewhere in its document keeping its meaning, as
     * {@link #importInScope} does for a copy into another document.
     */
    public static Element keepScope(Element e) {
        for (Node a = e.getParentNode(); a instanceof Element ancestor; a = a.getParentNode()) {
            NamedNodeMap attrs = ancestor.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr attr = (Attr) attrs.item(i);
                if (XMLNS.equals(attr.getNamespaceURI()) && !e.hasAttributeNS(XMLNS, attr.getLocalName())) {
                    e.setAttributeNS(XMLNS, attr.getName(), attr.getValue());
                }
            }
        }
        return e;
    }

    /** The element children of {@code parent}, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    // newInstance() looks the implementation up through the service loader on every call, which
    // costs more than parsing a reply; factories are not thread-safe, so one per thread
    private static final ThreadLocal<DocumentBuilderFactory> FACTORIES = ThreadLocal.withInitial(DeviceXml::newFactory);
    private static final ThreadLocal<TransformerFactory> TRANSFORMERS = ThreadLocal.withInitial(() -> {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf;
    });

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        return FACTORIES.get();
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            return configuredFactory();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser refuses secure settings", e);
        }
    }

    private static DocumentBuilderFactory configuredFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DeferredDom.off(f);
        return f;
    }
}
