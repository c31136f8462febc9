package org.switchover.platform;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.switchover.driver.ConfigPayload.Subtree;
import org.w3c.dom.Element;

/**
 * One part of a device's configuration that a payload owns, named by its path from a top-level
 * element: a whole top-level subtree (one step), a container or leaf below one, or one list entry
 * named by its keys. A replace-push replaces exactly these, the saved copy of running holds and
 * restores exactly these, and a compliance diff compares exactly these.
 */
public record OwnedArea(List<Step> path) {

    /** One element on the way down: its namespace and name and, for a list entry, its key leaves and their values. */
    public record Step(String namespace, String name, Map<String, String> keys) {
        public Step {
            checkArgument(!namespace.isBlank() && !name.isBlank(), "a step needs a namespace and a name");
            keys = ImmutableMap.copyOf(keys);
        }

        public static Step of(String namespace, String name) {
            return new Step(namespace, name, Map.of());
        }

        /** True when {@code e} is this element: same name and namespace and, for an entry, the same key values. */
        public boolean matches(Element e) {
            if (!name.equals(e.getLocalName()) || !namespace.equals(e.getNamespaceURI())) return false;
            for (Map.Entry<String, String> key : keys.entrySet()) {
                boolean found = DeviceXml.children(e).stream()
                        .anyMatch(c -> key.getKey().equals(c.getLocalName()) && key.getValue().equals(c.getTextContent().trim()));
                if (!found) return false;
            }
            return true;
        }
    }

    public OwnedArea {
        path = ImmutableList.copyOf(path);
        checkArgument(!path.isEmpty(), "an owned area needs a path");
    }

    /** The whole top-level subtree {@code s}. */
    public static OwnedArea whole(Subtree s) {
        return new OwnedArea(List.of(Step.of(s.namespace(), s.name())));
    }

    /** Each of {@code subtrees} whole: what a payload owns when its platform narrows nothing. */
    public static List<OwnedArea> whole(List<Subtree> subtrees) {
        return subtrees.stream().map(OwnedArea::whole).toList();
    }

    /** The top-level subtree this area lies in. */
    public Subtree top() {
        return new Subtree(path.get(0).namespace(), path.get(0).name());
    }

    /** True when this area is a whole top-level subtree. */
    public boolean isWhole() {
        return path.size() == 1 && path.get(0).keys().isEmpty();
    }

    /** The top-level subtrees {@code areas} lie in, each once, in order. */
    public static List<Subtree> tops(List<OwnedArea> areas) {
        return areas.stream().map(OwnedArea::top).distinct().toList();
    }
}
