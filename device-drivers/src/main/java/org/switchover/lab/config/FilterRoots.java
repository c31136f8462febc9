package org.switchover.lab.config;

import java.util.List;

/**
 * The top-level elements a subtree filter can select, worked out from the filter alone, so that
 * data which no root can match need not be built before {@link SubtreeFilter} runs. Never
 * narrower than the filter: a filter whose top level holds a content-match node may select
 * everything, so it counts as matching every root.
 */
public final class FilterRoots {
    /** No filter: every top-level element is wanted. */
    public static final FilterRoots ALL = new FilterRoots(List.of(), true);

    private final List<XmlNode> roots;
    private final boolean all;

    private FilterRoots(List<XmlNode> roots, boolean all) {
        this.roots = roots;
        this.all = all;
    }

    /** The roots of {@code filter}, the {@code <filter>} element itself. */
    public static FilterRoots of(XmlNode filter) {
        for (XmlNode f : filter.children()) {
            // a top-level content match decides whether anything at all is selected; see SubtreeFilter
            if (SubtreeFilter.isContentMatch(f)) return ALL;
        }
        return new FilterRoots(List.copyOf(filter.children()), false);
    }

    /** Whether a top-level element {@code namespace:name} of the data may be (part of) what the filter selects. */
    public boolean mayMatch(String namespace, String name) {
        if (all) return true;
        for (XmlNode f : roots) {
            if (SubtreeFilter.nameMatches(namespace, name, f)) return true;
        }
        return false;
    }
}
