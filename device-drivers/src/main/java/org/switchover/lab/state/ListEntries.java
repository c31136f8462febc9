package org.switchover.lab.state;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.switchover.lab.config.XmlNode;

/**
 * The entries of one YANG list under a parent, found by key in constant time while a state tree
 * is built, instead of a scan of the parent per lookup. A lookup finds the first entry with that
 * key, as a scan would, as long as entries are added only through this index.
 */
final class ListEntries {
    private final XmlNode parent;
    private final String ns;
    private final String name;
    private final String key;
    private final Map<String, XmlNode> byKey = new HashMap<>();

    private ListEntries(XmlNode parent, String ns, String name, String key) {
        this.parent = parent;
        this.ns = ns;
        this.name = name;
        this.key = key;
        for (XmlNode c : parent.children()) {
            if (c.is(ns, name)) byKey.putIfAbsent(c.childText(key).orElse(""), c);
        }
    }

    /** The {@code ns:name} entries under {@code parent}, keyed by their {@code key} leaf. */
    static ListEntries of(XmlNode parent, String ns, String name, String key) {
        return new ListEntries(parent, ns, name, key);
    }

    /** The entry whose key is {@code value}, created (with its key leaf) when missing. */
    XmlNode entry(String value) {
        return entry(value, e -> { });
    }

    /** As {@link #entry(String)}; {@code fill} completes a new entry after its key leaf. */
    XmlNode entry(String value, Consumer<XmlNode> fill) {
        return byKey.computeIfAbsent(value, v -> {
            XmlNode e = parent.add(XmlNode.container(ns, name));
            e.addLeaf(ns, key, v);
            fill.accept(e);
            return e;
        });
    }
}
