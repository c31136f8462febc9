package org.switchover.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A read-only view of one element of YANG instance data, walked by namespace and local name so
 * that prefixes never matter. {@code path} is the data path so far, with list keys, for errors.
 */
public record YangData(Element element, String path) {

    public static YangData root(Element element) {
        return new YangData(element, "");
    }

    /** The first child {@code ns:name}, if any. */
    public Optional<YangData> child(String ns, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (matches(n, ns, name)) return Optional.of(new YangData((Element) n, path + "/" + name));
        }
        return Optional.empty();
    }

    /** Every child {@code ns:name}, in document order. */
    public List<YangData> children(String ns, String name) {
        List<YangData> out = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (matches(n, ns, name)) out.add(new YangData((Element) n, path + "/" + name));
        }
        return out;
    }

    /** Follows {@code names} (all in {@code ns}) down from here. */
    public Optional<YangData> at(String ns, String... names) {
        Optional<YangData> cur = Optional.of(this);
        for (String name : names) {
            cur = cur.flatMap(c -> c.child(ns, name));
        }
        return cur;
    }

    /** The trimmed text of the leaf at {@code names} below here, if present. */
    public Optional<String> leaf(String ns, String... names) {
        return at(ns, names).map(YangData::text);
    }

    /** The trimmed text of every instance of the leaf-list {@code ns:name} below here. */
    public List<String> leafList(String ns, String name) {
        return children(ns, name).stream().map(YangData::text).toList();
    }

    public String text() {
        return element.getTextContent().trim();
    }

    /** This node as a list entry: the path gains {@code [key=value]}. */
    public YangData keyed(String key, String value) {
        return new YangData(element, path + "[" + key + "=" + value + "]");
    }

    private static boolean matches(Node n, String ns, String name) {
        return n.getNodeType() == Node.ELEMENT_NODE && name.equals(n.getLocalName()) && ns.equals(n.getNamespaceURI());
    }
}
