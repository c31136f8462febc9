package org.switchover.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.driver.LoadMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the XML a push sends and reads back, restricted to the subtrees a payload owns:
 * filters that select them, {@code <config>} bodies that replace or merge them, and copies that
 * restore them. Pure: strings and DOM in, strings and DOM out.
 */
public final class OwnedSubtrees {

    public static final String NETCONF = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");

    private OwnedSubtrees() {}

    /** Subtree filter content selecting each of {@code subtrees} whole. */
    public static String filter(List<Subtree> subtrees) {
        StringBuilder f = new StringBuilder();
        for (Subtree s : subtrees) f.append('<').append(s.name()).append(" xmlns=\"").append(s.namespace()).append("\"/>");
        return f.toString();
    }

    /** The top-level elements of {@code payload}, whether or not it is wrapped in {@code <config>}. */
    public static List<Element> topLevel(ConfigPayload payload) {
        return topLevel(parsed(payload));
    }

    private static Element parsed(ConfigPayload payload) {
        String body = DECLARATION.matcher(payload.xml()).replaceFirst("");
        return DeviceXml.parse("<wrap>" + body + "</wrap>", "the configuration payload for " + payload.device());
    }

    private static List<Element> topLevel(Element wrap) {
        List<Element> top = elements(wrap);
        if (top.size() == 1 && "config".equals(top.get(0).getLocalName())) top = elements(top.get(0));
        return top;
    }

    /**
     * The {@code <config>} to send for {@code payload}: with {@link LoadMode#REPLACE} each owned
     * subtree carries {@code operation="replace"} and an owned subtree the payload leaves out is
     * removed; with {@link LoadMode#MERGE} the payload goes as it is.
     */
    public static String editConfig(ConfigPayload payload, LoadMode mode) {
        Document doc = DeviceXml.newDocument();
        Element config = config(doc);
        List<Element> top = topLevel(payload);
        for (Element e : top) {
            Element copy = DeviceXml.importInScope(doc, e);
            if (mode == LoadMode.REPLACE && owned(payload.ownedSubtrees(), copy)) operation(copy, "replace");
            config.appendChild(copy);
        }
        if (mode == LoadMode.REPLACE) {
            for (Subtree s : payload.ownedSubtrees()) {
                if (top.stream().noneMatch(e -> is(e, s))) config.appendChild(operation(empty(doc, s), "remove"));
            }
        }
        return DeviceXml.print(config);
    }

    /** The {@code <config>} that puts {@code subtrees} back as they are in {@code saved} ({@code <data>}). */
    public static String restore(Element saved, List<Subtree> subtrees) {
        Document doc = DeviceXml.newDocument();
        Element config = config(doc);
        for (Subtree s : subtrees) {
            Optional<Element> copy = find(saved, s);
            Element e = copy.isPresent() ? operation(DeviceXml.importInScope(doc, copy.get()), "replace")
                    : operation(empty(doc, s), "remove");
            config.appendChild(e);
        }
        return DeviceXml.print(config);
    }

    /** A {@code <data>} element holding copies of only the {@code subtrees} of {@code data}. */
    public static Element select(Element data, List<Subtree> subtrees) {
        Document doc = DeviceXml.newDocument();
        Element out = doc.createElementNS(NETCONF, "data");
        doc.appendChild(out);
        for (Element e : elements(data)) {
            if (owned(subtrees, e)) out.appendChild(DeviceXml.importInScope(doc, e));
        }
        return out;
    }

    /** The payload's owned subtrees as a {@code <data>} element, comparable with {@link #select}. */
    public static Element intended(ConfigPayload payload) {
        // the payload is parsed just for this: its subtrees move under <data> in their own document, uncopied
        Element wrap = parsed(payload);
        Document doc = wrap.getOwnerDocument();
        Element out = doc.createElementNS(NETCONF, "data");
        for (Element e : topLevel(wrap)) {
            if (owned(payload.ownedSubtrees(), e)) out.appendChild(DeviceXml.keepScope(e));
        }
        doc.replaceChild(out, wrap);
        return out;
    }

    private static Element config(Document doc) {
        Element config = doc.createElementNS(NETCONF, "config");
        config.setAttributeNS(XMLNS, "xmlns", NETCONF);
        doc.appendChild(config);
        return config;
    }

    private static Element operation(Element e, String op) {
        e.setAttributeNS(XMLNS, "xmlns:nc", NETCONF);
        e.setAttributeNS(NETCONF, "nc:operation", op);
        return e;
    }

    private static Element empty(Document doc, Subtree s) {
        Element e = doc.createElementNS(s.namespace(), s.name());
        e.setAttributeNS(XMLNS, "xmlns", s.namespace());
        return e;
    }

    private static Optional<Element> find(Element data, Subtree s) {
        return elements(data).stream().filter(e -> is(e, s)).findFirst();
    }

    private static boolean owned(List<Subtree> subtrees, Element e) {
        return subtrees.stream().anyMatch(s -> is(e, s));
    }

    private static boolean is(Element e, Subtree s) {
        return s.name().equals(e.getLocalName()) && s.namespace().equals(e.getNamespaceURI());
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }
}
