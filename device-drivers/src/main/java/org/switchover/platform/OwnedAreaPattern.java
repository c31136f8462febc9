package org.switchover.platform;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchover.driver.ConfigPayload;
import org.w3c.dom.Element;

/**
 * How a platform names the areas it owns below a top-level element, resolved against a payload:
 * a fixed path (owned whether or not the payload renders it, so a replace removes what the payload
 * leaves out), or the entries of a list at a path (owned one by one, only those the payload
 * renders, so entries the device has and the site does not model are never touched). The list's
 * element name may be {@code *}: every element of that namespace, as lists of one kind that YANG
 * splits by type (IOS-XE's interfaces by type). A list may have several keys (IEEE LLDP's ports
 * by name and destination MAC): each entry is then named by all of them, in the YANG key order.
 */
public record OwnedAreaPattern(List<OwnedArea.Step> path, List<String> entryKeys) {

    public static final String ANY = "*";

    public OwnedAreaPattern {
        path = ImmutableList.copyOf(path);
        entryKeys = ImmutableList.copyOf(entryKeys);
        checkArgument(path.size() > (entryKeys.isEmpty() ? 0 : 1), "a pattern needs a path, and a list one below a top-level element");
        checkArgument(!entryKeys.isEmpty() || path.stream().noneMatch(s -> s.name().equals(ANY)), "a fixed path cannot hold %s", ANY);
        checkArgument(path.subList(0, path.size() - 1).stream().noneMatch(s -> s.name().equals(ANY)), "only the list may be %s", ANY);
    }

    /** The area at {@code path}, owned as one. */
    public static OwnedAreaPattern fixed(OwnedArea.Step... path) {
        return new OwnedAreaPattern(List.of(path), List.of());
    }

    /** Each entry, keyed by {@code key}, of the list at {@code path} that a payload renders. */
    public static OwnedAreaPattern entries(String key, OwnedArea.Step... path) {
        return new OwnedAreaPattern(List.of(path), List.of(key));
    }

    /** Each entry, keyed by all of {@code keys} (in YANG key order), of the list at {@code path} that a payload renders. */
    public static OwnedAreaPattern entries(List<String> keys, OwnedArea.Step... path) {
        checkArgument(!keys.isEmpty(), "a list needs a key");
        return new OwnedAreaPattern(List.of(path), keys);
    }

    /**
     * What {@code payload} owns under {@code patterns}: for each of its owned top-level subtrees,
     * the areas of the patterns that start at it, or the subtree whole when none does (a subtree a
     * platform does not narrow, such as one an override template declares).
     */
    public static List<OwnedArea> resolve(ConfigPayload payload, List<OwnedAreaPattern> patterns) {
        List<Element> top = OwnedSubtrees.topLevel(payload);
        List<OwnedArea> out = new ArrayList<>();
        for (ConfigPayload.Subtree s : payload.ownedSubtrees()) {
            List<OwnedAreaPattern> mine = patterns.stream()
                    .filter(p -> p.path.get(0).name().equals(s.name()) && p.path.get(0).namespace().equals(s.namespace())).toList();
            if (mine.isEmpty()) out.add(OwnedArea.whole(s));
            mine.forEach(p -> p.in(top).stream().filter(a -> !out.contains(a)).forEach(out::add));
        }
        return out;
    }

    /** The areas this pattern names in a payload whose top-level elements are {@code top}. */
    public List<OwnedArea> in(List<Element> top) {
        if (entryKeys.isEmpty()) return List.of(new OwnedArea(path));
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
                Optional<Map<String, String>> keys = keysOf(entry);
                if (keys.isEmpty()) continue;
                List<OwnedArea.Step> steps = new ArrayList<>(above);
                steps.add(new OwnedArea.Step(list.namespace(), entry.getLocalName(), keys.get()));
                OwnedArea area = new OwnedArea(steps);
                if (!out.contains(area)) out.add(area);
            }
        }
        return out;
    }

    /** The values of {@link #entryKeys} in {@code entry}, in their order; empty when one is missing. */
    private Optional<Map<String, String>> keysOf(Element entry) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : entryKeys) {
            Optional<String> value = DeviceXml.children(entry).stream().filter(c -> key.equals(c.getLocalName()))
                    .map(c -> c.getTextContent().trim()).findFirst();
            if (value.isEmpty()) return Optional.empty();
            keys.put(key, value.get());
        }
        return Optional.of(keys);
    }

    /** True when {@code e} is an entry of {@code list}: its namespace, and its name or any name for {@value #ANY}. */
    private static boolean isEntry(OwnedArea.Step list, Element e) {
        return list.namespace().equals(e.getNamespaceURI()) && (list.name().equals(ANY) || list.name().equals(e.getLocalName()));
    }
}
