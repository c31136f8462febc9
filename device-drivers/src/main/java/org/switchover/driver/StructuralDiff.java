package org.switchover.driver;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Compares two configuration trees the way YANG means them, not the way they are written:
 * elements match by namespace and local name (prefixes do not matter), list entries match by key,
 * leaf-lists and list entries are compared regardless of order, surrounding whitespace and
 * comments are ignored, and a leaf holding its platform-declared default equals an absent leaf.
 *
 * <p>Each tree is flattened to its leaves; a change is one leaf (or one whole leaf-list) whose
 * value differs, with a path such as {@code /interfaces/interface[name=eth7]/config/enabled}. A
 * missing list entry therefore shows as its leaves, key first. Elements with neither children nor
 * text count as absent (non-presence containers; templates often render them empty). Attributes,
 * such as NETCONF {@code operation}, are ignored. Identity values ({@code ift:ethernetCsmacd})
 * compare by local name when their prefix is declared, so a different prefix is no difference.
 *
 * <p>Elements must come from a namespace-aware parser. Malformed input (a list entry without its
 * key leaf, two entries with the same key) is an {@link IllegalArgumentException} naming the path;
 * a driver reading device data translates it into its device error.
 */
public final class StructuralDiff {

    private static final Pattern QUALIFIED_VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*):([^\\s:]+)");

    private final SchemaHints hints;

    public StructuralDiff(SchemaHints hints) {
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    /**
     * The changes that turn {@code before} into {@code after} on the {@code owned} subtrees only.
     * Each root is either a wrapper ({@code <config>}, {@code <data>}) whose children are the
     * subtrees, or a subtree itself. A subtree missing on one side counts as empty there.
     */
    public ConfigDiff compare(Element before, Element after, List<ConfigPayload.Subtree> owned) {
        checkArgument(!owned.isEmpty(), "a comparison needs at least one owned subtree");
        Map<String, Leaf> left = new LinkedHashMap<>();
        Map<String, Leaf> right = new LinkedHashMap<>();
        for (ConfigPayload.Subtree subtree : owned) {
            subtreeOf(before, subtree).ifPresent(e -> flatten(List.of(e), "", null, "", "", left));
            subtreeOf(after, subtree).ifPresent(e -> flatten(List.of(e), "", null, "", "", right));
        }
        return changes(left, right);
    }

    /** The changes that turn the tree {@code before} into {@code after}; paths start at their roots. */
    public ConfigDiff compare(Element before, Element after) {
        Map<String, Leaf> left = new LinkedHashMap<>();
        Map<String, Leaf> right = new LinkedHashMap<>();
        flatten(List.of(before), "", null, "", "", left);
        flatten(List.of(after), "", null, "", "", right);
        return changes(left, right);
    }

    /** One leaf or leaf-list of a flattened tree: the path shown to people, and its value. */
    private record Leaf(String path, String value) {}

    private static ConfigDiff changes(Map<String, Leaf> before, Map<String, Leaf> after) {
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        List<ConfigChange> changes = new ArrayList<>();
        for (String key : all) {
            Leaf b = before.get(key);
            Leaf a = after.get(key);
            String bv = b == null ? null : b.value();
            String av = a == null ? null : a.value();
            if (!Objects.equals(bv, av)) {
                changes.add(new ConfigChange(b != null ? b.path() : a.path(), bv, av));
            }
        }
        changes.sort((x, y) -> NaturalOrder.INSTANCE.compare(x.path(), y.path()));
        return new ConfigDiff(changes);
    }

    private static Optional<Element> subtreeOf(Element root, ConfigPayload.Subtree subtree) {
        if (matches(root, subtree)) {
            return Optional.of(root);
        }
        List<Element> found = children(root).stream().filter(c -> matches(c, subtree)).toList();
        checkArgument(found.size() <= 1, "subtree %s {%s} appears %s times under <%s>",
                subtree.name(), subtree.namespace(), found.size(), root.getLocalName());
        return found.stream().findFirst();
    }

    private static boolean matches(Element e, ConfigPayload.Subtree subtree) {
        return subtree.name().equals(localName(e)) && subtree.namespace().equals(e.getNamespaceURI());
    }

    /**
     * Flattens sibling elements of one namespace and name into {@code out}, keyed by a path that
     * includes namespaces (so two modules' same-named nodes never meet) but shown without them.
     * A step names its namespace only where it differs from its parent's, which keeps keys short
     * and still tells every path apart, since the root step always names its own.
     */
    private void flatten(List<Element> group, String key, String parentNs, String shown, String schemaParent, Map<String, Leaf> out) {
        Element first = group.get(0);
        String name = localName(first);
        String ns = Objects.toString(first.getNamespaceURI(), "");
        String step = ns.equals(parentNs) ? name : "{" + ns + "}" + name;
        String schema = schemaParent + "/" + name;
        Optional<List<String>> listKeys = hints.keysOf(schema, name);
        if (listKeys.isPresent()) {
            Set<String> seen = new HashSet<>();
            String listShown = shown + "/" + name;
            String listKey = key + "/" + step;
            for (int i = 0; i < group.size(); i++) {
                String predicate = predicate(group.get(i), listKeys.get(), listShown, i);
                checkArgument(seen.add(predicate), "duplicate list entry %s/%s%s", shown, name, predicate);
                flattenOne(group.get(i), listKey + predicate, ns, listShown + predicate, schema, out);
            }
        } else if ((group.size() > 1 || hints.isLeafList(schema, name)) && allLeaves(group)) {
            TreeSet<String> values = new TreeSet<>(NaturalOrder.INSTANCE);
            for (Element e : group) {
                String v = leafValue(e);
                if (!v.isEmpty()) values.add(v);
            }
            if (!values.isEmpty()) {
                out.put(key + "/" + step, new Leaf(shown + "/" + name, "[" + String.join(", ", values) + "]"));
            }
        } else if (group.size() == 1) {
            flattenOne(first, key + "/" + step, ns, shown + "/" + name, schema, out);
        } else {
            // a repeated container the platform declared no key for: position is all we have
            for (int i = 0; i < group.size(); i++) {
                String at = "[" + (i + 1) + "]";
                flattenOne(group.get(i), key + "/" + step + at, ns, shown + "/" + name + at, schema, out);
            }
        }
    }

    /** An element's namespace and local name: how siblings are grouped. */
    private record Name(String namespace, String local) {}

    private void flattenOne(Element e, String key, String ns, String shown, String schema, Map<String, Leaf> out) {
        List<Element> kids = children(e);
        if (kids.isEmpty()) {
            String value = leafValue(e);
            boolean isDefault = hints.defaultOf(schema).filter(value::equals).isPresent();
            if (!value.isEmpty() && !isDefault) {
                out.put(key, new Leaf(shown, value));
            }
            return;
        }
        Map<Name, List<Element>> groups = new LinkedHashMap<>();
        for (Element kid : kids) {
            groups.computeIfAbsent(new Name(kid.getNamespaceURI(), localName(kid)), k -> new ArrayList<>(1)).add(kid);
        }
        for (List<Element> g : groups.values()) flatten(g, key, ns, shown, schema, out);
    }

    private static boolean allLeaves(List<Element> group) {
        for (Element e : group) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) return false;
            }
        }
        return true;
    }

    private static String predicate(Element entry, List<String> keyLeaves, String shown, int index) {
        StringBuilder predicate = new StringBuilder();
        for (String keyLeaf : keyLeaves) {
            Element leaf = null;
            for (Node n = entry.getFirstChild(); n != null && leaf == null; n = n.getNextSibling()) {
                if (n instanceof Element c && keyLeaf.equals(localName(c))) leaf = c;
            }
            if (leaf == null) {
                throw new IllegalArgumentException(String.format("list entry %d of %s has no key leaf '%s'", index + 1, shown, keyLeaf));
            }
            predicate.append('[').append(keyLeaf).append('=').append(leafValue(leaf)).append(']');
        }
        return predicate.toString();
    }

    /** Trimmed text; a qualified identity value loses its prefix when the prefix is declared. */
    private static String leafValue(Element e) {
        String text = e.getTextContent().strip();
        if (text.indexOf(':') < 0) return text;
        Matcher m = QUALIFIED_VALUE.matcher(text);
        if (m.matches() && e.lookupNamespaceURI(m.group(1)) != null) {
            return m.group(2);
        }
        return text;
    }

    private static List<Element> children(Element e) {
        List<Element> kids = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                kids.add(child);
            }
        }
        return kids;
    }

    private static String localName(Element e) {
        String local = e.getLocalName();
        checkArgument(local != null, "element <%s> comes from a parser that is not namespace-aware", e.getTagName());
        return local;
    }
}
