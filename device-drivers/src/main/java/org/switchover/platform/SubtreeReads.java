package org.switchover.platform;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfSession;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads with a subtree filter one top-level root at a time and merges the answers into one
 * {@code <data>}: RFC 6241 allows several roots in a filter, but some servers (OpenDaylight's
 * among them) refuse them, and one round trip per root costs about a millisecond.
 */
public final class SubtreeReads {

    private SubtreeReads() {}

    /**
     * {@code <get>} of everything {@code filter} (one or more sibling roots) selects, asking only
     * for roots whose namespace {@code ask} accepts: a server may fail on a module it lacks.
     */
    public static Element get(NetconfSession session, String filter, Predicate<String> ask) {
        return merged(filter, ask, root -> session.get(Optional.of(root)));
    }

    /** {@code <get-config>} from {@code source} of everything {@code filter} selects. */
    public static Element getConfig(NetconfSession session, Datastore source, String filter) {
        return merged(filter, ns -> true, root -> session.getConfig(source, Optional.of(root)));
    }

    private static Element merged(String filter, Predicate<String> ask, Function<String, Element> read) {
        Element roots = DeviceXml.parse("<filter>" + filter + "</filter>", "subtree filter");
        Document doc = DeviceXml.newDocument();
        Element data = doc.createElementNS(OwnedSubtrees.NETCONF, "data");
        doc.appendChild(data);
        for (Element root : DeviceXml.children(roots)) {
            if (!ask.test(root.getNamespaceURI())) continue;
            Element answer = read.apply(DeviceXml.print(root));
            for (Element e : DeviceXml.children(answer)) data.appendChild(DeviceXml.importInScope(doc, e));
        }
        return data;
    }
}
