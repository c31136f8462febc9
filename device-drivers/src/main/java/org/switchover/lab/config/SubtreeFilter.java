package org.switchover.lab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * RFC 6241 section 6 subtree filtering: containment nodes descend, selection nodes (empty
 * elements) take the whole subtree, content-match nodes (leaves with text) select their parent
 * only when every one of them matches. A filter element without a namespace of its own (none, or
 * the NETCONF base namespace inherited from the request) matches any.
 */
public final class SubtreeFilter {
    private SubtreeFilter() {}

    /** The parts of {@code data}'s children that {@code filter}'s children select, under a copy of {@code data}'s root. */
    public static XmlNode apply(XmlNode data, XmlNode filter) {
        return select(data, filter, XmlNode::deepCopy);
    }

    /**
     * The same selection as {@link #apply}, but the selected subtrees are {@code data}'s own nodes,
     * not copies: only for writing out, never for changing, since a change would reach {@code data}.
     */
    public static XmlNode view(XmlNode data, XmlNode filter) {
        return select(data, filter, UnaryOperator.identity());
    }

    private static XmlNode select(XmlNode data, XmlNode filter, UnaryOperator<XmlNode> take) {
        XmlNode out = new XmlNode(data.namespace(), data.name());
        if (filter.children().isEmpty()) return out; // an empty filter selects nothing (RFC 6241 6.4.2)
        filterChildren(data, filter, take).ifPresent(children -> out.children().addAll(children));
        return out;
    }

    private static Optional<List<XmlNode>> filterChildren(XmlNode data, XmlNode filter, UnaryOperator<XmlNode> take) {
        List<XmlNode> contentMatches = new ArrayList<>();
        List<XmlNode> others = new ArrayList<>();
        for (XmlNode f : filter.children()) {
            if (isContentMatch(f)) contentMatches.add(f); else others.add(f);
        }
        List<XmlNode> selected = new ArrayList<>();
        for (XmlNode cm : contentMatches) {
            List<XmlNode> hits = data.children().stream()
                    .filter(d -> nameMatches(d, cm) && d.text().trim().equals(cm.text().trim())).toList();
            if (hits.isEmpty()) return Optional.empty();
            hits.forEach(h -> selected.add(take.apply(h)));
        }
        if (others.isEmpty()) {
            return Optional.of(contentMatches.isEmpty() ? List.of() : data.children().stream().map(take).toList());
        }
        for (XmlNode d : data.children()) {
            if (contentMatches.stream().anyMatch(cm -> nameMatches(d, cm))) continue;
            for (XmlNode f : others) {
                if (!nameMatches(d, f)) continue;
                if (f.children().isEmpty()) {
                    selected.add(take.apply(d));
                    break;
                }
                Optional<List<XmlNode>> sub = filterChildren(d, f, take);
                if (sub.isPresent() && !sub.get().isEmpty()) {
                    XmlNode shell = new XmlNode(d.namespace(), d.name());
                    shell.children().addAll(sub.get());
                    selected.add(shell);
                    break;
                }
            }
        }
        return Optional.of(selected);
    }

    /** A leaf of the filter with text: it selects by value, not by name alone. */
    static boolean isContentMatch(XmlNode f) {
        return f.children().isEmpty() && f.hasText();
    }

    private static boolean nameMatches(XmlNode data, XmlNode filter) {
        return nameMatches(data.namespace(), data.name(), filter);
    }

    static boolean nameMatches(String namespace, String name, XmlNode filter) {
        return name.equals(filter.name()) && (filter.namespace().isEmpty() || filter.namespace().equals(XmlReader.NETCONF_NS)
                || filter.namespace().equals(namespace));
    }
}
