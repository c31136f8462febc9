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
 * restores and reads exactly those: {@code system/host-name}, {@code interfaces}, {@code vlans}
 * and {@code protocols/lldp}. A golden template renders the whole {@code configuration} element,
 * but a replace must never take the rest of the device's configuration with it (its logins, its
 * NETCONF service): replace operations go on these areas only. Pure: strings and DOM in and out.
 */
final class JunosConfig {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** One owned area: the steps from {@code configuration} to it, each with its namespace. */
    record Area(List<Step> steps) {
        Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    record Step(String namespace, String name) {}

    static final List<Area> AREAS = List.of(
            new Area(List.of(new Step(SYSTEM, "system"), new Step(SYSTEM, "host-name"))),
            new Area(List.of(new Step(INTERFACES, "interfaces"))),
            new Area(List.of(new Step(VLANS, "vlans"))),
            new Area(List.of(new Step(PROTOCOLS, "protocols"), new Step(PROTOCOLS, "lldp"))));

    /** The one subtree a Junos payload owns: the configuration root. */
    static final ConfigPayload.Subtree CONFIGURATION = new ConfigPayload.Subtree(ROOT, "configuration");

    /** Junos leaves of YANG type {@code empty} in the owned areas: present or absent, never text. */
    private static final List<String> EMPTY_LEAVES = List.of("disable");

    private JunosConfig() {}

    /** The subtree filter selecting the owned areas of the configuration. */
    static String filter() {
        return "<configuration xmlns=\"" + ROOT + "\"><system xmlns=\"" + SYSTEM + "\"><host-name/></system>"
                + "<interfaces xmlns=\"" + INTERFACES + "\"/><vlans xmlns=\"" + VLANS + "\"/>"
                + "<protocols xmlns=\"" + PROTOCOLS + "\"><lldp/></protocols></configuration>";
    }

    /**
     * The {@code <config>} for an edit-config of {@code payload}: with {@link LoadMode#REPLACE}
     * each owned area of the payload replaces the device's and an owned area the payload leaves
     * out is removed; with {@link LoadMode#MERGE} the payload goes as it is.
     */
    static String editConfig(ConfigPayload payload, LoadMode mode) {
        Element configuration = configurationOf(payload);
        if (mode == LoadMode.MERGE) {
            Document doc = DeviceXml.newDocument();
            Element config = config(doc);
            config.appendChild(DeviceXml.importInScope(doc, configuration));
            return DeviceXml.print(config);
        }
        return replacing(configuration);
    }

    /** The {@code <config>} that puts the owned areas back as they are in {@code saved} (a {@code <data>} reply). */
    static String restore(Element saved) {
        Optional<Element> configuration = DeviceXml.children(saved).stream()
                .filter(e -> "configuration".equals(e.getLocalName()) && ROOT.equals(e.getNamespaceURI())).findFirst();
        return replacing(configuration.orElseGet(() -> DeviceXml.newDocument().createElementNS(ROOT, "configuration")));
    }

    /** Every owned area of {@code source} with operation replace, and those it lacks with operation remove. */
    private static String replacing(Element source) {
        Document doc = DeviceXml.newDocument();
        Element config = config(doc);
        Element configuration = (Element) config.appendChild(declared(doc.createElementNS(ROOT, "configuration"), ROOT));
        for (Area area : AREAS) {
            Element parent = configuration;
            for (Step step : area.steps().subList(0, area.steps().size() - 1)) parent = shell(doc, parent, step);
            Optional<Element> found = find(source, area);
            Element node = found.isPresent() ? DeviceXml.importInScope(doc, found.get())
                    : declared(doc.createElementNS(area.last().namespace(), area.last().name()), area.last().namespace());
            node.setAttributeNS(XMLNS, "xmlns:nc", OwnedSubtrees.NETCONF);
            node.setAttributeNS(OwnedSubtrees.NETCONF, "nc:operation", found.isPresent() ? "replace" : "remove");
            parent.appendChild(node);
        }
        return DeviceXml.print(config);
    }

    /** The payload's owned areas under a {@code <data>}, comparable with what {@link #filter()} reads. */
    static Element intended(ConfigPayload payload) {
        Document doc = DeviceXml.newDocument();
        Element data = (Element) doc.appendChild(doc.createElementNS(OwnedSubtrees.NETCONF, "data"));
        Element configuration = (Element) data.appendChild(doc.createElementNS(ROOT, "configuration"));
        Element source = configurationOf(payload);
        for (Area area : AREAS) {
            Optional<Element> found = find(source, area);
            if (found.isEmpty()) continue;
            Element parent = configuration;
            for (Step step : area.steps().subList(0, area.steps().size() - 1)) parent = shell(doc, parent, step);
            parent.appendChild(DeviceXml.importInScope(doc, found.get()));
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

    private static Optional<Element> find(Element configuration, Area area) {
        Element at = configuration;
        for (Step step : area.steps()) {
            Element next = null;
            for (Element c : DeviceXml.children(at)) {
                if (step.name().equals(c.getLocalName()) && step.namespace().equals(c.getNamespaceURI())) {
                    next = c;
                    break;
                }
            }
            if (next == null) return Optional.empty();
            at = next;
        }
        return Optional.of(at);
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
