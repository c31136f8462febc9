package org.switchover.lab.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A mutable XML element of a datastore: namespace, local name, and either text (a leaf) or
 * children. Prefixes used inside leaf values (identityrefs such as {@code ianaift:ethernetCsmacd})
 * are kept with the namespace they were bound to so the value can be written back faithfully.
 */
public final class XmlNode {
    private final String namespace;
    private final String name;
    private String text;
    private final ArrayList<XmlNode> children = new ArrayList<>();
    private final Map<String, String> valuePrefixes = new LinkedHashMap<>();
    private String operation;

    public XmlNode(String namespace, String name) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = requireNonNull(name, "name");
    }

    public static XmlNode leaf(String namespace, String name, String text) {
        XmlNode n = new XmlNode(namespace, name);
        n.text = text;
        return n;
    }

    public static XmlNode container(String namespace, String name) {
        return new XmlNode(namespace, name);
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** Leaf text, or empty for a container or an empty leaf. */
    public String text() {
        return text == null ? "" : text;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The namespace of the prefix at the start of this leaf's value, if it had one. */
    public Map<String, String> valuePrefixes() {
        return valuePrefixes;
    }

    /** The value without its prefix: {@code ianaift:ethernetCsmacd} gives {@code ethernetCsmacd}. */
    public String localValue() {
        String t = text().trim();
        int colon = t.indexOf(':');
        return colon > 0 && valuePrefixes.containsKey(t.substring(0, colon)) ? t.substring(colon + 1) : t;
    }

    /** The edit-config {@code operation} attribute of a payload element, if it had one. */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public List<XmlNode> children() {
        return children;
    }

    public boolean sameName(XmlNode other) {
        return name.equals(other.name) && namespace.equals(other.namespace);
    }

    public boolean is(String ns, String localName) {
        return name.equals(localName) && namespace.equals(ns);
    }

    // plain loops rather than streams in the lookups: they run for every node of every <get>

    /** The first child called {@code localName} in this node's namespace or any other. */
    public Optional<XmlNode> child(String localName) {
        for (XmlNode c : children) {
            if (c.name.equals(localName)) return Optional.of(c);
        }
        return Optional.empty();
    }

    public Optional<XmlNode> child(String ns, String localName) {
        for (XmlNode c : children) {
            if (c.is(ns, localName)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** The children called {@code localName}, in order, as an unmodifiable list of its own. */
    public List<XmlNode> children(String localName) {
        List<XmlNode> named = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(localName)) named.add(c);
        }
        return Collections.unmodifiableList(named);
    }

    /** The text of the child leaf {@code localName}, if present. */
    public Optional<String> childText(String localName) {
        return child(localName).map(XmlNode::text).map(String::trim);
    }

    /** Follows a path of local names from this node. */
    public Optional<XmlNode> path(String... localNames) {
        XmlNode at = this;
        for (String n : localNames) {
            Optional<XmlNode> next = at.child(n);
            if (next.isEmpty()) return Optional.empty();
            at = next.get();
        }
        return Optional.of(at);
    }

    public XmlNode add(XmlNode child) {
        children.add(child);
        return child;
    }

    /** The child {@code localName} in {@code ns}, created when missing. */
    public XmlNode getOrAdd(String ns, String localName) {
        return child(ns, localName).orElseGet(() -> add(new XmlNode(ns, localName)));
    }

    public XmlNode addLeaf(String ns, String localName, String value) {
        return add(leaf(ns, localName, value));
    }

    public void removeIf(Predicate<XmlNode> which) {
        children.removeIf(which);
    }

    public XmlNode deepCopy() {
        XmlNode copy = new XmlNode(namespace, name);
        copy.text = text;
        if (!valuePrefixes.isEmpty()) copy.valuePrefixes.putAll(valuePrefixes);
        if (!children.isEmpty()) {
            copy.children.ensureCapacity(children.size());
            for (XmlNode c : children) copy.children.add(c.deepCopy());
        }
        return copy;
    }

    /** Structural equality: names, texts, and children in order. */
    public boolean sameContent(XmlNode other) {
        if (!sameName(other) || !Objects.equals(text().trim(), other.text().trim())) return false;
        if (children.size() != other.children.size()) return false;
        for (int i = 0; i < children.size(); i++) {
            if (!children.get(i).sameContent(other.children.get(i))) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return XmlWriter.write(this);
    }
}
