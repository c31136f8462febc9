package org.switchover.netconf;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from an untrusted peer: namespace-aware, DOCTYPE refused (so no external entities
 * and no entity expansion bombs), no XInclude, with limits on size and element depth. Also
 * serialises DOM nodes and escapes text for building messages.
 */
public final class SecureXml {

    /** The size and nesting limits a document must respect. */
    public record Limits(int maxBytes, int maxDepth) {
        public Limits {
            checkArgument(maxBytes > 0, "maxBytes must be positive");
            checkArgument(maxDepth > 0, "maxDepth must be positive");
        }

        public static final Limits DEFAULT = new Limits(ConnectOptions.DEFAULT_MAX_REPLY_BYTES, 256);
    }

    // Pooled rather than per thread: replies are parsed on each SSH connection's own thread, and a
    // new builder per connection would cost more than the parse.
    private static final DocumentBuilderFactory FACTORY = newFactory();
    private static final ConcurrentLinkedQueue<DocumentBuilder> BUILDERS = new ConcurrentLinkedQueue<>();
    private static final ThreadLocal<Transformer> SERIALISERS = ThreadLocal.withInitial(SecureXml::newSerialiser);

    private SecureXml() {}

    /** Parses with the default limits; {@code peer} names the sender in errors. */
    public static Document parse(byte[] xml, String peer) {
        return parse(xml, peer, Limits.DEFAULT);
    }

    /** Parses {@code xml} or throws {@link MalformedXmlException} saying where and why. */
    public static Document parse(byte[] xml, String peer, Limits limits) {
        if (xml.length > limits.maxBytes()) {
            throw new MalformedXmlException(peer, "XML from " + peer + " is " + xml.length + " bytes, over the limit of "
                    + limits.maxBytes() + "; narrow the request with a filter or raise the limit");
        }
        DocumentBuilder builder = BUILDERS.poll();
        if (builder == null) builder = newBuilder();
        Document doc;
        try {
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new MalformedXmlException(peer, null, "XML from " + peer + " rejected at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage() + " (DTDs and entities are refused;"
                    + " the peer sent something that is not a plain NETCONF message)", e);
        } catch (SAXException | IOException e) {
            throw new MalformedXmlException(peer, null, "XML from " + peer + " rejected: " + e.getMessage(), e);
        } finally {
            // No reset(): parse() starts from a clean state, keeps the handlers, and reset() costs
            // more than a small reply's whole parse.
            if (BUILDERS.size() < 64) BUILDERS.offer(builder);
        }
        checkDepth(doc.getDocumentElement(), peer, limits.maxDepth());
        return doc;
    }

    /** Parses a string with the default limits. */
    public static Document parse(String xml, String peer) {
        return parse(xml.getBytes(StandardCharsets.UTF_8), peer);
    }

    /** The XML text of {@code node}, without an XML declaration. */
    public static String serialize(Node node) {
        StringWriter out = new StringWriter();
        try {
            SERIALISERS.get().transform(new DOMSource(node), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise a DOM node: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** {@code text} safe to place in element content or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (r != null && s == null) s = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (s != null) {
                if (r != null) s.append(r); else s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }

    private static void checkDepth(Element root, String peer, int maxDepth) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop();
            if (depth > maxDepth) {
                throw new MalformedXmlException(peer, "XML from " + peer + " nests elements deeper than " + maxDepth
                        + " levels (at <" + n.getNodeName() + ">); refused as a likely attack or a broken peer");
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.ELEMENT_NODE) {
                    nodes.push(c);
                    depths.push(depth + 1);
                }
            }
        }
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DeferredDom.off(f);
            return f;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            b.setErrorHandler(SILENT);
            b.setEntityResolver(REFUSE_ENTITIES);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot make an XML parser: " + e.getMessage(), e);
        }
    }

    private static final EntityResolver REFUSE_ENTITIES = (publicId, systemId) -> {
        throw new SAXException("external entity " + systemId + " refused");
    };

    private static Transformer newSerialiser() {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return t;
        } catch (TransformerException e) {
            throw new IllegalStateException("no XML serialiser available: " + e.getMessage(), e);
        }
    }

    /** Errors become exceptions; nothing is printed to stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
