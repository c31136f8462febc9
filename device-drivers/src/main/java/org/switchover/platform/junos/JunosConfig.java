package org.switchover.platform.junos;

import static org.switchover.platform.junos.JunosPlatform.INTERFACES;
import static org.switchover.platform.junos.JunosPlatform.PROTOCOLS;
import static org.switchover.platform.junos.JunosPlatform.ROOT;
import static org.switchover.platform.junos.JunosPlatform.SYSTEM;
import static org.switchover.platform.junos.JunosPlatform.VLANS;

import java.util.List;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedArea.Step;
import org.switchover.platform.OwnedAreaPattern;
import org.switchover.platform.OwnedSubtrees;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parts of a Junos {@code <configuration>} switchover owns, as areas of the shared owned-area
 * mechanism ({@link OwnedAreaPattern}): {@code system/host-name} and {@code protocols/lldp}, and in
 * {@code interfaces} and {@code vlans} only the entries the payload renders (the site's ports and
 * the VLANs they use). A golden template renders the whole {@code configuration} element, but a
 * replace must never take the rest of the device's configuration with it: its logins, its NETCONF
 * service, its management interface ({@code em0}, {@code me0}, {@code irb}) and the VLANs the site
 * does not model. Pure: strings and DOM in and out.
 */
final class JunosConfig {

    private static final Step CONFIGURATION_ROOT = Step.of(ROOT, "configuration");

    static final List<OwnedAreaPattern> AREAS = List.of(
            OwnedAreaPattern.fixed(CONFIGURATION_ROOT, Step.of(SYSTEM, "system"), Step.of(SYSTEM, "host-name")),
            OwnedAreaPattern.entries("name", CONFIGURATION_ROOT, Step.of(INTERFACES, "interfaces"), Step.of(INTERFACES, "interface")),
            OwnedAreaPattern.entries("name", CONFIGURATION_ROOT, Step.of(VLANS, "vlans"), Step.of(VLANS, "vlan")),
            OwnedAreaPattern.fixed(CONFIGURATION_ROOT, Step.of(PROTOCOLS, "protocols"), Step.of(PROTOCOLS, "lldp")));

    /** The one subtree a Junos payload owns: the configuration root. */
    static final ConfigPayload.Subtree CONFIGURATION = new ConfigPayload.Subtree(ROOT, "configuration");

    /** Junos leaves of YANG type {@code empty} in the owned areas: present or absent, never text. */
    private static final List<String> EMPTY_LEAVES = List.of("disable");

    private JunosConfig() {}

    /** What {@code payload} owns: the owned leaves and containers, and the list entries it renders. */
    static List<OwnedArea> areas(ConfigPayload payload) {
        configurationOf(payload);
        return OwnedAreaPattern.resolve(payload, AREAS);
    }

    /** The subtree filter selecting what {@code payload} owns (a list it renders no entry of is not read). */
    static String filter(ConfigPayload payload) {
        return OwnedSubtrees.areaFilter(areas(payload));
    }

    /**
     * The {@code <config>} for an edit-config of {@code payload}: with {@link LoadMode#REPLACE}
     * each owned leaf or container of the payload replaces the device's (one the payload leaves
     * out is removed) and each list entry it renders replaces the device's entry of that name;
     * with {@link LoadMode#MERGE} the payload goes as it is.
     */
    static String editConfig(ConfigPayload payload, LoadMode mode) {
        return OwnedSubtrees.editConfig(payload, areas(payload), mode);
    }

    /**
     * The {@code <config>} that puts back what {@code payload} owns as it is in {@code saved} (a
     * {@code <data>} reply read with {@link #filter}): an entry the payload renders that
     * {@code saved} lacks was added by the push, so it is removed.
     */
    static String restore(Element saved, ConfigPayload payload) {
        return OwnedSubtrees.restoreAreas(saved, areas(payload));
    }

    /** The payload's owned areas under a {@code <data>}, comparable with what {@link #filter} reads. */
    static Element intended(ConfigPayload payload) {
        return markEmptyLeaves(OwnedSubtrees.intended(payload, areas(payload)));
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
}
