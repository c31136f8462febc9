package org.switchover.platform;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * How a platform names the areas it owns below a top-level element, resolved against a payload:
 * a fixed path (owned whether or not the payload renders it, so a replace removes what the payload
 * leaves out), or the entries of a list at a path (owned one by one, only those the payload
 * renders, so entries the device has and the site does not model are never touched). The list's
 * element name may be {@code *}: every element of that namespace, as lists of one kind that YANG
 * splits by type (IOS-XE's interfaces by type).
 */
public record OwnedAreaPattern(List<OwnedArea.Step> path, Optional<String> entryKey) {

    public static final String ANY = "*";

    public OwnedAreaPattern {
        path = ImmutableList.copyOf(path);
        checkArgument(path.size() > (entryKey.isPresent() ? 1 : 0), "a pattern needs a path, and a list one below a top-level element");
        checkArgument(entryKey.isPresent() || path.stream().noneMatch(s -> s.name().equals(ANY)), "a fixed path cannot hold %s", ANY);
        checkArgument(path.subList(0, path.size() - 1).stream().noneMatch(s -> s.name().equals(ANY)), "only the list may be %s", ANY);
    }

    /** The area at {@code path}, owned as one. */
    public static OwnedAreaPattern fixed(OwnedArea.Step... path) {
        return new OwnedAreaPattern(List.of(path), Optional.empty());
    }

    /** Each entry, keyed by {@code key}, of the list at {@code path} that a payload renders. */
    public static OwnedAreaPattern entries(String key, OwnedArea.Step... path) {
        return new OwnedAreaPattern(List.of(path), Optional.of(key));
    }

    /** The areas this pattern names in a payload whose top-level elements are {@code top}. */
    public List<OwnedArea> in(List<Element> top) {
        if (entryKey.isEmpty()) return List.of(new OwnedArea(path));
        List<OwnedArea> out = new ArrayList<>();
        List<Element> level = top.stream().filter(path.get(0)::matches).toList();
        for (int i = 1; i < path.size() - 1 && !level.isEmpty(); i++) {
            OwnedArea.Step step = path.get(i);
            level = level.stream().flatMap(e -> DeviceXml.children(e).stream()).filter(step::matches).toList();
        }
        OwnedArea.Step list = path.get(path.size() - 1);
        List<OwnedArea.Step> above = path.subList(0, path.size() - 1);
        for (Element parent : level) {
            for (Element entry : DeviceXml.children(parent)) {
                if (!isEntry(list, entry)) continue;
                Optional<String> key = DeviceXml.children(entry).stream().filter(c -> entryKey.get().equals(c.getLocalName()))
                        .map(c -> c.getTextContent().trim()).findFirst();
                if (key.isEmpty()) continue;
                List<OwnedArea.Step> steps = new ArrayList<>(above);
                steps.add(new OwnedArea.Step(list.namespace(), entry.getLocalName(), Map.of(entryKey.get(), key.get())));
                OwnedArea area = new OwnedArea(steps);
                if (!out.contains(area)) out.add(area);
            }
        }
        return out;
    }

    /** True when {@code e} is an entry of {@code list}: its namespace, and its name or any name for {@value #ANY}. */
    private static boolean isEntry(OwnedArea.Step list, Element e) {
        return list.namespace().equals(e.getNamespaceURI()) && (list.name().equals(ANY) || list.name().equals(e.getLocalName()));
    }
}
