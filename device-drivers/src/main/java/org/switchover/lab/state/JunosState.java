package org.switchover.lab.state;

import static org.switchover.lab.config.Schema.JUNOS_INTERFACES;
import static org.switchover.lab.config.Schema.JUNOS_ROOT;
import static org.switchover.lab.config.Schema.JUNOS_SYSTEM;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;

/**
 * The junos platform's configuration view: a port is admin-down when its interface carries the
 * empty leaf {@code disable}; the host name is {@code system/host-name}. Junos serves its state
 * through its own RPCs ({@link JunosReplies}), not {@code <get>}, so {@code <get>} answers with the
 * configuration alone.
 */
final class JunosState implements StateModel {

    @Override
    public boolean adminEnabled(XmlNode running, String port) {
        return interfaceOf(running, port).flatMap(i -> i.child(JUNOS_INTERFACES, "disable")).isEmpty();
    }

    @Override
    public Optional<String> hostname(XmlNode running) {
        return running.child(JUNOS_ROOT, "configuration").flatMap(c -> c.child(JUNOS_SYSTEM, "system"))
                .flatMap(s -> s.child(JUNOS_SYSTEM, "host-name")).map(XmlNode::text).map(String::trim);
    }

    static Optional<XmlNode> interfaceOf(XmlNode running, String port) {
        Optional<XmlNode> interfaces = running.child(JUNOS_ROOT, "configuration").flatMap(c -> c.child(JUNOS_INTERFACES, "interfaces"));
        if (interfaces.isEmpty()) return Optional.empty();
        for (XmlNode e : interfaces.get().children()) {
            if (e.name().equals("interface") && Trees.keyIs(e, "name", port)) return Optional.of(e);
        }
        return Optional.empty();
    }

    @Override
    public XmlNode data(XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports, FilterRoots wanted) {
        return Trees.copyOf(running, wanted);
    }

    @Override
    public List<String> moduleCapabilities() {
        return JunosReplies.MODULES.stream().map(m -> "http://yang.juniper.net/junos-ex/conf/" + m.substring("junos-ex-conf-".length())
                + "?module=" + m + "&revision=2023-01-01").toList();
    }
}
