package org.switchover.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcErrorException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Subtree reads of one session. The roots of a filter the device is known to implement go in one
 * request, as RFC 6241 allows; a round trip per root costs both ends a request's worth of work.
 * Some servers (OpenDaylight's among them) refuse a filter with several roots: the first such
 * refusal makes this session ask one root at a time from then on. A root whose namespace the
 * device did not advertise is always asked for on its own, and a refusal of it reads as no data:
 * servers answer an unknown module either way.
 */
public final class SubtreeReads {

    private final NetconfSession session;
    private volatile boolean oneRootAtATime;

    public SubtreeReads(NetconfSession session) {
        this.session = session;
    }

    /** {@code <get>} of everything {@code filter} (one or more sibling roots) selects; {@code known} accepts advertised namespaces. */
    public Element get(String filter, Predicate<String> known) {
        return merged(filter, known, root -> session.get(Optional.of(root)));
    }

    /** {@code <get-config>} from {@code source} of everything {@code filter} selects. */
    public Element getConfig(Datastore source, String filter) {
        return getConfig(source, filter, ns -> true);
    }

    /** As {@link #getConfig(Datastore, String)}, a refused root whose namespace {@code known} rejects reading as no data. */
    public Element getConfig(Datastore source, String filter, Predicate<String> known) {
        return merged(filter, known, root -> session.getConfig(source, Optional.of(root)));
    }

    private static Optional<Element> read(Root root, boolean known, Function<String, Element> read) {
        try {
            return Optional.of(read.apply(root.text()));
        } catch (RpcErrorException e) {
            if (known) throw e;
            return Optional.empty();
        }
    }

    private Element merged(String filter, Predicate<String> known, Function<String, Element> read) {
        List<Root> roots = roots(filter);
        List<Root> advertised = roots.stream().filter(r -> known.test(r.namespace())).toList();
        List<Root> separately = new ArrayList<>(roots.stream().filter(r -> !known.test(r.namespace())).toList());
        List<Element> answers = new ArrayList<>();
        if (advertised.size() > 1 && !oneRootAtATime) {
            try {
                answers.add(read.apply(advertised.stream().map(Root::text).collect(Collectors.joining())));
            } catch (RpcErrorException e) {
                oneRootAtATime = true;
                separately.addAll(0, advertised);
            }
        } else {
            separately.addAll(0, advertised);
        }
        for (Root root : separately) {
            read(root, known.test(root.namespace()), read).ifPresent(answers::add);
        }
        // one answer is the result as it came; several are merged into a new <data>
        if (answers.size() == 1) return answers.get(0);
        Document doc = DeviceXml.newDocument();
        Element data = doc.createElementNS(OwnedSubtrees.NETCONF, "data");
        doc.appendChild(data);
        answers.forEach(a -> append(doc, data, a));
        return data;
    }

    private static void append(Document doc, Element data, Element answer) {
        DeviceXml.children(answer).forEach(e -> data.appendChild(DeviceXml.importInScope(doc, e)));
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
