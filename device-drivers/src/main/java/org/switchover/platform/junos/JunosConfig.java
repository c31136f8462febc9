package org.switchover.platform.junos;

import static org.switchover.platform.junos.JunosPlatform.INTERFACES;
import static org.switchover.platform.junos.JunosPlatform.PROTOCOLS;
import static org.switchover.platform.junos.JunosPlatform.ROOT;
import static org.switchover.platform.junos.JunosPlatform.SYSTEM;
import static org.switchover.platform.junos.JunosPlatform.VLANS;

import java.util.List;
import java.util.Optional;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedSubtrees;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parts of a Junos {@code <configuration>} switchover owns, and the XML that replaces,
 * restores and reads exactly those: {@code system/host-name} and {@code protocols/lldp}, and in
 * {@code interfaces} and {@code vlans} only the entries the payload renders (the site's ports and
 * the VLANs they use). A golden template renders the whole {@code configuration} element, but a
 * replace must never take the rest of the device's configuration with it: its logins, its NETCONF
 * service, its management interface ({@code em0}, {@code me0}, {@code irb}) and the VLANs the site
 * does not model. Pure: strings and DOM in and out.
 */
final class JunosConfig {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /**
     * One owned area: the steps from {@code configuration} to it, each with its namespace. An area
     * of {@code entries} is a list keyed by {@code name} whose entries are owned one by one: those
     * a payload renders, and no others.
     */
    record Area(List<Step> steps, boolean entries) {
        Step last() {
            return steps.get(steps.size() - 1);
        }

        List<Step> parents() {
            return steps.subList(0, steps.size() - 1);
        }
    }

    record Step(String namespace, String name) {}

    static final List<Area> AREAS = List.of(
            new Area(List.of(new Step(SYSTEM, "system"), new Step(SYSTEM, "host-name")), false),
            new Area(List.of(new Step(INTERFACES, "interfaces"), new Step(INTERFACES, "interface")), true),
            new Area(List.of(new Step(VLANS, "vlans"), new Step(VLANS, "vlan")), true),
            new Area(List.of(new Step(PROTOCOLS, "protocols"), new Step(PROTOCOLS, "lldp")), false));

    /** The one subtree a Junos payload owns: the configuration root. */
    static final ConfigPayload.Subtree CONFIGURATION = new ConfigPayload.Subtree(ROOT, "configuration");

    /** Junos leaves of YANG type {@code empty} in the owned areas: present or absent, never text. */
    private static final List<String> EMPTY_LEAVES = List.of("disable");

    private JunosConfig() {}

    /**
     * The subtree filter selecting what {@code payload} owns: the owned leaves and containers, and
     * of the owned lists the entries it renders (an area it renders no entry of is not read).
     */
    static String filter(ConfigPayload payload) {
        Element source = configurationOf(payload);
        Document doc = DeviceXml.newDocument();
        Element configuration = (Element) doc.appendChild(declared(doc.createElementNS(ROOT, "configuration"), ROOT));
        for (Area area : AREAS) {
            List<String> names = area.entries() ? names(find(source, area)) : List.of();
            if (area.entries() && names.isEmpty()) continue;
            Element parent = configuration;
            for (Step step : area.parents()) parent = shell(doc, parent, step);
            if (!area.entries()) {
                parent.appendChild(doc.createElementNS(area.last().namespace(), area.last().name()));
                continue;
            }
            for (String name : names) parent.appendChild(entry(doc, area, name, null));
        }
        return DeviceXml.print(configuration);
    }

    /**
     * The {@code <config>} for an edit-config of {@code payload}: with {@link LoadMode#REPLACE}
     * each owned leaf or container of the payload replaces the device's (one the payload leaves
     * out is removed) and each list entry it renders replaces the device's entry of that name;
     * with {@link LoadMode#MERGE} the payload goes as it is.
     */
    static String editConfig(ConfigPayload payload, LoadMode mode) {
        Element configuration = configurationOf(payload);
        if (mode == LoadMode.MERGE) {
            Document doc = DeviceXml.newDocument();
            Element config = config(doc);
            config.appendChild(DeviceXml.importInScope(doc, configuration));
            return DeviceXml.print(config);
        }
        return replacing(configuration, configuration);
    }

    /**
     * The {@code <config>} that puts back what {@code payload} owns as it is in {@code saved} (a
     * {@code <data>} reply read with {@link #filter}): an entry the payload renders that
     * {@code saved} lacks was added by the push, so it is removed.
     */
    static String restore(Element saved, ConfigPayload payload) {
        Optional<Element> configuration = DeviceXml.children(saved).stream()
                .filter(e -> "configuration".equals(e.getLocalName()) && ROOT.equals(e.getNamespaceURI())).findFirst();
        return replacing(configuration.orElseGet(() -> DeviceXml.newDocument().createElementNS(ROOT, "configuration")),
                configurationOf(payload));
    }

    /**
     * Each owned leaf or container of {@code source} with operation replace (remove when it lacks
     * one), and each entry {@code owner} renders replaced by {@code source}'s (removed when
     * {@code source} has no entry of that name).
     */
    private static String replacing(Element source, Element owner) {
        Document doc = DeviceXml.newDocument();
        Element config = config(doc);
        Element configuration = (Element) config.appendChild(declared(doc.createElementNS(ROOT, "configuration"), ROOT));
        for (Area area : AREAS) {
            if (area.entries()) {
                replaceEntries(doc, configuration, area, find(source, area), names(find(owner, area)));
                continue;
            }
            Element parent = configuration;
            for (Step step : area.parents()) parent = shell(doc, parent, step);
            List<Element> found = find(source, area);
            Element node = !found.isEmpty() ? DeviceXml.importInScope(doc, found.get(0))
                    : declared(doc.createElementNS(area.last().namespace(), area.last().name()), area.last().namespace());
            parent.appendChild(operation(node, found.isEmpty() ? "remove" : "replace"));
        }
        return DeviceXml.print(config);
    }

    private static void replaceEntries(Document doc, Element configuration, Area area, List<Element> present, List<String> owned) {
        if (owned.isEmpty()) return;
        Element parent = configuration;
        for (Step step : area.parents()) parent = shell(doc, parent, step);
        for (String name : owned) {
            Optional<Element> entry = present.stream().filter(e -> name.equals(keyOf(e))).findFirst();
            parent.appendChild(entry.isPresent() ? operation(DeviceXml.importInScope(doc, entry.get()), "replace")
                    : operation(entry(doc, area, name, area.last().namespace()), "remove"));
        }
    }

    /** The payload's owned areas under a {@code <data>}, comparable with what {@link #filter} reads. */
    static Element intended(ConfigPayload payload) {
        Document doc = DeviceXml.newDocument();
        Element data = (Element) doc.appendChild(doc.createElementNS(OwnedSubtrees.NETCONF, "data"));
        Element configuration = (Element) data.appendChild(doc.createElementNS(ROOT, "configuration"));
        Element source = configurationOf(payload);
        for (Area area : AREAS) {
            List<Element> found = find(source, area);
            if (found.isEmpty()) continue;
            Element parent = configuration;
            for (Step step : area.parents()) parent = shell(doc, parent, step);
            for (Element e : found) parent.appendChild(DeviceXml.importInScope(doc, e));
        }
        return markEmptyLeaves(data);
    }

    /**
     * Gives every empty-type leaf ({@code <disable/>}) a text, in place, so that the structural
     * diff, which reads an element without text or children as absent, sees it as set.
     */
    static Element markEmptyLeaves(Element root) {
        for (String name : EMPTY_LEAVES) {
            var nodes = root.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                Node n = nodes.item(i);
                if (n.getFirstChild() == null) n.setTextContent("(set)");
            }
        }
        return root;
    }

    /** The {@code configuration} element of a payload, wrapped in {@code <config>} or not. */
    static Element configurationOf(ConfigPayload payload) {
        List<Element> top = OwnedSubtrees.topLevel(payload);
        return top.stream().filter(e -> "configuration".equals(e.getLocalName()) && ROOT.equals(e.getNamespaceURI())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the payload for " + payload.device()
                        + " has no <configuration xmlns=\"" + ROOT + "\">; a junos template renders the Junos configuration root"));
    }

    /** The elements of {@code area} in {@code configuration}: at most one, or every entry of a list area. */
    private static List<Element> find(Element configuration, Area area) {
        Element at = configuration;
        for (Step step : area.parents()) {
            Optional<Element> next = child(at, step);
            if (next.isEmpty()) return List.of();
            at = next.get();
        }
        Step last = area.last();
        List<Element> found = DeviceXml.children(at).stream()
                .filter(c -> last.name().equals(c.getLocalName()) && last.namespace().equals(c.getNamespaceURI())).toList();
        return area.entries() ? found : found.stream().limit(1).toList();
    }

    private static Optional<Element> child(Element parent, Step step) {
        return DeviceXml.children(parent).stream()
                .filter(c -> step.name().equals(c.getLocalName()) && step.namespace().equals(c.getNamespaceURI())).findFirst();
    }

    private static List<String> names(List<Element> entries) {
        return entries.stream().map(JunosConfig::keyOf).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** An entry's key, its {@code name}; empty when it has none. */
    private static String keyOf(Element entry) {
        return DeviceXml.children(entry).stream().filter(c -> "name".equals(c.getLocalName())).findFirst()
                .map(c -> c.getTextContent().trim()).orElse("");
    }

    /** A list entry holding only its key, in {@code namespace} when given (declared for a stand-alone element). */
    private static Element entry(Document doc, Area area, String name, String namespace) {
        Element e = doc.createElementNS(area.last().namespace(), area.last().name());
        if (namespace != null) declared(e, namespace);
        Element key = (Element) e.appendChild(doc.createElementNS(area.last().namespace(), "name"));
        key.setTextContent(name);
        return e;
    }

    private static Element operation(Element node, String operation) {
        node.setAttributeNS(XMLNS, "xmlns:nc", OwnedSubtrees.NETCONF);
        node.setAttributeNS(OwnedSubtrees.NETCONF, "nc:operation", operation);
        return node;
    }

    private static Element shell(Document doc, Element parent, Step step) {
        for (Element c : DeviceXml.children(parent)) {
            if (step.name().equals(c.getLocalName()) && step.namespace().equals(c.getNamespaceURI())) return c;
        }
        return (Element) parent.appendChild(declared(doc.createElementNS(step.namespace(), step.name()), step.namespace()));
    }

    private static Element declared(Element e, String ns) {
        e.setAttributeNS(XMLNS, "xmlns", ns);
        return e;
    }

    private static Element config(Document doc) {
        Element config = doc.createElementNS(OwnedSubtrees.NETCONF, "config");
        config.setAttributeNS(XMLNS, "xmlns", OwnedSubtrees.NETCONF);
        doc.appendChild(config);
        return config;
    }
}
