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
 * Builds the XML a push sends and reads back, restricted to what a payload owns (its top-level
 * subtrees whole, or the {@link OwnedArea}s its platform narrows them to): filters that select
 * them, {@code <config>} bodies that replace or merge them, and copies that restore them. Pure:
 * strings and DOM in, strings and DOM out.
 */
public final class OwnedSubtrees {

    public static final String NETCONF = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");

    private OwnedSubtrees() {}

    /** Subtree filter content selecting each of {@code subtrees} whole. */
    public static String filter(List<Subtree> subtrees) {
        return areaFilter(OwnedArea.whole(subtrees));
    }

    /**
     * Subtree filter content selecting each of {@code areas}: containment nodes down to it, then
     * the area itself as a selection node, or, for a list entry, as its key leaves (content-match
     * nodes, which select the whole entry).
     */
    public static String areaFilter(List<OwnedArea> areas) {
        Document doc = DeviceXml.newDocument();
        Element wrap = doc.createElementNS(NETCONF, "filter");
        doc.appendChild(wrap);
        for (OwnedArea area : areas) {
            Element parent = shells(doc, wrap, area);
            parent.appendChild(keyed(doc, parent, area.path().get(area.path().size() - 1)));
        }
        StringBuilder f = new StringBuilder();
        for (Element e : elements(wrap)) f.append(DeviceXml.print(e));
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

    /** As {@link #editConfig(ConfigPayload, List, LoadMode)} with each owned subtree of {@code payload} an area whole. */
    public static String editConfig(ConfigPayload payload, LoadMode mode) {
        return editConfig(payload, OwnedArea.whole(payload.ownedSubtrees()), mode);
    }

    /**
     * The {@code <config>} to send for {@code payload}: with {@link LoadMode#REPLACE} each of
     * {@code areas} the payload renders carries {@code operation="replace"} and each it leaves out
     * is removed, while what lies outside the areas merges; with {@link LoadMode#MERGE} the
     * payload goes as it is.
     */
    public static String editConfig(ConfigPayload payload, List<OwnedArea> areas, LoadMode mode) {
        Document doc = DeviceXml.newDocument();
        Element config = config(doc);
        for (Element e : topLevel(payload)) config.appendChild(DeviceXml.importInScope(doc, e));
        if (mode == LoadMode.REPLACE) {
            for (OwnedArea area : areas) {
                Optional<Element> found = find(elements(config), area);
                if (found.isPresent()) {
                    // an area that already says what to do (a restore's remove) keeps it
                    if (!found.get().hasAttributeNS(NETCONF, "operation")) operation(found.get(), "replace");
                } else {
                    Element parent = shells(doc, config, area);
                    parent.appendChild(operation(keyed(doc, parent, area.path().get(area.path().size() - 1)), "remove"));
                }
            }
        }
        return DeviceXml.print(config);
    }

    /** The {@code <config>} that puts {@code subtrees} back as they are in {@code saved} ({@code <data>}). */
    public static String restore(Element saved, List<Subtree> subtrees) {
        return restoreAreas(saved, OwnedArea.whole(subtrees));
    }

    /** The {@code <config>} that puts each of {@code areas} back as it is in {@code saved} ({@code <data>}), removing those absent there. */
    public static String restoreAreas(Element saved, List<OwnedArea> areas) {
        Document doc = DeviceXml.newDocument();
        Element config = config(doc);
        for (OwnedArea area : areas) {
            Optional<Element> copy = find(elements(saved), area);
            Element parent = shells(doc, config, area);
            Element e = copy.isPresent() ? operation(DeviceXml.importInScope(doc, copy.get()), "replace")
                    : operation(keyed(doc, parent, area.path().get(area.path().size() - 1)), "remove");
            parent.appendChild(e);
        }
        return DeviceXml.print(config);
    }

    /** A {@code <data>} element holding copies of only the {@code subtrees} of {@code data}. */
    public static Element select(Element data, List<Subtree> subtrees) {
        return selectAreas(elements(data), OwnedArea.whole(subtrees));
    }

    /**
     * A {@code <data>} element holding copies of only the {@code areas} of {@code data}, each under
     * shells of its ancestors: nothing else of the device's configuration, whatever a server
     * returned beyond the filter.
     */
    public static Element selectAreas(Element data, List<OwnedArea> areas) {
        return selectAreas(elements(data), areas);
    }

    private static Element selectAreas(List<Element> top, List<OwnedArea> areas) {
        Document doc = DeviceXml.newDocument();
        Element out = doc.createElementNS(NETCONF, "data");
        doc.appendChild(out);
        for (OwnedArea area : areas) {
            Optional<Element> found = find(top, area);
            if (found.isPresent()) shells(doc, out, area).appendChild(DeviceXml.importInScope(doc, found.get()));
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

    /** The payload's {@code areas} as a {@code <data>} element, comparable with {@link #selectAreas}. */
    public static Element intended(ConfigPayload payload, List<OwnedArea> areas) {
        if (areas.equals(OwnedArea.whole(payload.ownedSubtrees()))) return intended(payload);
        return selectAreas(topLevel(payload), areas);
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

    /** The element of {@code step} under {@code parent}: a list entry with its key leaves, else empty; declares its namespace when it differs. */
    private static Element keyed(Document doc, Element parent, OwnedArea.Step step) {
        Element e = doc.createElementNS(step.namespace(), step.name());
        if (!step.namespace().equals(parent.getNamespaceURI())) e.setAttributeNS(XMLNS, "xmlns", step.namespace());
        step.keys().forEach((name, value) -> e.appendChild(doc.createElementNS(step.namespace(), name)).setTextContent(value));
        return e;
    }

    /** The ancestors of {@code area}'s last step under {@code root}, found or created (key leaves only); the innermost. */
    private static Element shells(Document doc, Element root, OwnedArea area) {
        Element parent = root;
        for (OwnedArea.Step step : area.path().subList(0, area.path().size() - 1)) {
            Optional<Element> existing = elements(parent).stream().filter(step::matches).findFirst();
            parent = existing.isPresent() ? existing.get() : (Element) parent.appendChild(keyed(doc, parent, step));
        }
        return parent;
    }

    /** The element of {@code area} among {@code top} and their descendants, if there. */
    private static Optional<Element> find(List<Element> top, OwnedArea area) {
        List<Element> level = top;
        Element at = null;
        for (OwnedArea.Step step : area.path()) {
            at = level.stream().filter(step::matches).findFirst().orElse(null);
            if (at == null) return Optional.empty();
            level = elements(at);
        }
        return Optional.ofNullable(at);
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
