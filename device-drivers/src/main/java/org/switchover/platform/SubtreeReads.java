package org.switchover.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcErrorException;
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
     * {@code <get>} of everything {@code filter} (one or more sibling roots) selects. A root whose
     * namespace {@code known} does not accept (a module the device did not advertise) is still
     * asked for, but a refusal of it reads as no data: servers answer an unknown module either
     * way.
     */
    public static Element get(NetconfSession session, String filter, Predicate<String> known) {
        return merged(filter, known, root -> session.get(Optional.of(root)));
    }

    /** {@code <get-config>} from {@code source} of everything {@code filter} selects. */
    public static Element getConfig(NetconfSession session, Datastore source, String filter) {
        return merged(filter, ns -> true, root -> session.getConfig(source, Optional.of(root)));
    }

    private static Optional<Element> read(Root root, boolean known, Function<String, Element> read) {
        try {
            return Optional.of(read.apply(root.text()));
        } catch (RpcErrorException e) {
            if (known) throw e;
            return Optional.empty();
        }
    }

    private static Element merged(String filter, Predicate<String> known, Function<String, Element> read) {
        Document doc = DeviceXml.newDocument();
        Element data = doc.createElementNS(OwnedSubtrees.NETCONF, "data");
        doc.appendChild(data);
        for (Root root : roots(filter)) {
            Optional<Element> answer = read(root, known.test(root.namespace()), read);
            answer.ifPresent(a -> DeviceXml.children(a).forEach(e -> data.appendChild(DeviceXml.importInScope(doc, e))));
        }
        return data;
    }

    /** One root of a filter: its namespace, and its XML text as sent. */
    private record Root(String namespace, String text) {}

    /** Filters are a handful of fixed texts (owned subtrees, a model's state reads), so their roots are worked out once. */
    private static final Map<String, List<Root>> ROOTS = new ConcurrentHashMap<>();
    private static final int MAX_KEPT_FILTERS = 256;

    private static List<Root> roots(String filter) {
        List<Root> kept = ROOTS.get(filter);
        if (kept != null) return kept;
        Element roots = DeviceXml.parse("<filter>" + filter + "</filter>", "subtree filter");
        List<Root> parsed = DeviceXml.children(roots).stream().map(r -> new Root(r.getNamespaceURI(), DeviceXml.print(r))).toList();
        if (ROOTS.size() < MAX_KEPT_FILTERS) ROOTS.putIfAbsent(filter, parsed);
        return parsed;
    }
}
