package org.switchover.render;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a rendered payload: well-formed XML (DTDs and external entities off), a NETCONF
 * {@code <config>} root, and no top-level element the template does not declare it owns.
 * Streams the document rather than building a tree: it runs once per device per render.
 */
final class PayloadCheck {

    static final String NETCONF_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private static final XMLInputFactory FACTORY = factory();

    private PayloadCheck() {}

    /** Empty when the payload is fine, else what is wrong with it. */
    static Optional<String> problem(String xml, List<OwnedSubtree> owned) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            Optional<String> found = Optional.empty();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) return Optional.of("the payload must not contain a DOCTYPE");
                if (event == XMLStreamConstants.END_ELEMENT) depth--;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                if (found.isEmpty()) found = check(r, depth, owned);
            }
            return found;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            return Optional.of("rendered XML is not well-formed at output line " + line + ": " + why.trim());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a string cannot fail in a way that matters
                }
            }
        }
    }

    private static Optional<String> check(XMLStreamReader r, int depth, List<OwnedSubtree> owned) {
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        if (depth == 1 && (!"config".equals(r.getLocalName()) || !NETCONF_NS.equals(ns))) {
            return Optional.of("the payload's root must be <config xmlns=\"" + NETCONF_NS + "\">, found <" + r.getLocalName() + ">");
        }
        if (depth == 2) {
            OwnedSubtree top = new OwnedSubtree(ns.isEmpty() ? "(no namespace)" : ns, r.getLocalName());
            if (!owned.contains(top)) {
                return Optional.of("top-level element " + top + " is not declared with {# owns: " + top.namespace() + " " + top.name() + " #}");
            }
        }
        return Optional.empty();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
