package org.switchover.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.netconf.Capabilities;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a device's hello and YANG library against what a platform needs, and lists what is
 * missing so the refusal can say it.
 */
public final class ModuleCheck {

    static final String YANG_LIBRARY = "urn:ietf:params:xml:ns:yang:ietf-yang-library";

    private ModuleCheck() {}

    /** What {@code model} needs that the device lacks; empty when it fits. */
    public static List<String> missing(PlatformModel model, Capabilities caps, Set<String> libraryModules) {
        List<String> missing = new ArrayList<>();
        if (!caps.base10() && !caps.base11()) {
            missing.add("capability " + Capabilities.BASE_10);
        }
        if (!DatastoreSupport.of(caps).writable()) {
            missing.add("a writable datastore (:candidate or :writable-running)");
        }
        Set<String> modules = new TreeSet<>(helloModules(caps));
        modules.addAll(libraryModules);
        for (PlatformModel.YangModule m : model.requiredModules()) {
            if (!modules.contains(m.name())) missing.add("YANG module " + m.name() + " (" + m.namespace() + ")");
        }
        return missing;
    }

    /** Whether the hello says the server has ietf-yang-library data to read. */
    public static boolean advertisesYangLibrary(Capabilities caps) {
        return caps.yangLibrary() || caps.hasModule("ietf-yang-library");
    }

    /** Module names in capability URIs of the form {@code namespace?module=name&revision=...}. */
    public static Set<String> helloModules(Capabilities caps) {
        Set<String> names = new TreeSet<>();
        caps.modules().forEach(m -> names.add(m.name()));
        return names;
    }

    /** Namespaces of the modules the hello lists and of those {@code libraryData} lists. */
    public static Set<String> namespaces(Capabilities caps, Optional<Element> libraryData) {
        Set<String> out = new TreeSet<>();
        caps.modules().forEach(m -> out.add(m.namespace()));
        libraryData.ifPresent(lib -> out.addAll(leaves(lib, "namespace")));
        return out;
    }

    /** Module names listed in ietf-yang-library data, RFC 7895 {@code modules-state} or RFC 8525 {@code module-set}. */
    public static Set<String> libraryModules(Element library) {
        return leaves(library, "name");
    }

    private static Set<String> leaves(Element library, String leaf) {
        Set<String> values = new TreeSet<>();
        NodeList modules = library.getElementsByTagNameNS(YANG_LIBRARY, "module");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            NodeList kids = module.getChildNodes();
            for (int k = 0; k < kids.getLength(); k++) {
                if (kids.item(k) instanceof Element e && leaf.equals(e.getLocalName()) && YANG_LIBRARY.equals(e.getNamespaceURI())) {
                    values.add(e.getTextContent().trim());
                }
            }
        }
        return values;
    }
}
