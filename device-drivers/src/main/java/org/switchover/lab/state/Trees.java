package org.switchover.lab.state;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;

/** Small tree-building steps shared by the platforms' state builders. */
final class Trees {
    private Trees() {}

    /**
     * Whether list entry {@code entry}'s key leaf {@code key} (its first child of that name) holds
     * {@code value}, a missing key counting as empty; a loop rather than a stream, as it runs for
     * every port of every {@code <get>}.
     */
    static boolean keyIs(XmlNode entry, String key, String value) {
        for (XmlNode c : entry.children()) {
            if (c.name().equals(key)) return c.text().trim().equals(value);
        }
        return value.isEmpty();
    }

    /** One port as the state builders visit it: its name, 1-based position, whether it is hardware, and its status. */
    record PortVisit(String name, int position, boolean hardware, PortStatus status) {}

    /**
     * Visits the hardware ports in the model's order, then (with {@code withLogical}) the other
     * interfaces running configures under {@code interfacesNs}: a port's position is its place in
     * that order, so hardware ports have the model's positions. A hardware port's status comes from
     * {@code hardwareStatus}; a logical interface is up exactly when it is enabled.
     */
    static void forEachPort(XmlNode running, String interfacesNs, SwitchIdentity id, boolean withLogical,
            Function<String, PortStatus> hardwareStatus, Predicate<String> enabled, Consumer<PortVisit> visit) {
        Set<String> names = new LinkedHashSet<>(id.model().ports());
        running.child(interfacesNs, "interfaces").ifPresent(i -> i.children("interface").forEach(e -> e.childText("name").ifPresent(names::add)));
        int hardwarePorts = id.model().ports().size();
        int position = 0;
        for (String name : names) {
            boolean hardware = ++position <= hardwarePorts;
            if (!hardware && !withLogical) continue;
            PortStatus status = hardware ? hardwareStatus.apply(name)
                    : new PortStatus(enabled.test(name), enabled.test(name), Optional.empty());
            visit.accept(new PortVisit(name, position, hardware, status));
        }
    }

    /** A new root named as {@code running}'s holding copies of its top-level children that {@code wanted} may match, in order. */
    static XmlNode copyOf(XmlNode running, FilterRoots wanted) {
        XmlNode data = new XmlNode(running.namespace(), running.name());
        for (XmlNode c : running.children()) {
            if (wanted.mayMatch(c.namespace(), c.name())) data.add(c.deepCopy());
        }
        return data;
    }

    /** Sets leaf {@code name} under {@code parent}, replacing any previous value. */
    static XmlNode set(XmlNode parent, String ns, String name, String value) {
        parent.removeIf(c -> c.is(ns, name));
        return parent.addLeaf(ns, name, value);
    }

    /** Sets an identityref leaf whose value is {@code prefix:identity} with {@code prefix} bound to {@code identityNs}. */
    static XmlNode identity(XmlNode parent, String ns, String name, String prefix, String identityNs, String identity) {
        XmlNode leaf = set(parent, ns, name, prefix + ":" + identity);
        leaf.valuePrefixes().put(prefix, identityNs);
        return leaf;
    }

    /** A copy of {@code leaf} under {@code parent} with the namespace {@code ns}, keeping its value prefixes. */
    static void copyLeaf(XmlNode parent, String ns, XmlNode leaf) {
        XmlNode copy = set(parent, ns, leaf.name(), leaf.text());
        copy.valuePrefixes().putAll(leaf.valuePrefixes());
    }
}
