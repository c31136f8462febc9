package org.switchover.inventory;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A device as read, before cabling is known: the ports its file configures. {@code derivedTrunks}
 * are configured trunks that leave their VLANs to the links they are cabled to.
 */
record DeviceDraft(
        String name,
        YamlNode node,
        Role role,
        Platform platform,
        HardwareModel model,
        HostAndPort management,
        Optional<String> serial,
        CredentialRef credentials,
        Path knownHosts,
        Map<String, Port> ports,
        Set<String> derivedTrunks,
        PortNumbering portNumbers) {

    /** The finished device: every port of its model, link ports given the VLANs their link carries. */
    Device build(Map<Link.Endpoint, Link> cabling, Map<Link, Set<Integer>> linkVlans, int mtu) {
        Map<String, Port> all = new LinkedHashMap<>();
        for (String p : model.ports()) {
            Optional<Link> link = Optional.ofNullable(cabling.get(new Link.Endpoint(name, p)));
            Port configured = ports.get(p);
            if (link.isPresent() && (configured == null || derivedTrunks.contains(p))) {
                Set<Integer> vlans = linkVlans.get(link.get());
                String description = configured != null && !configured.description().isEmpty()
                        ? configured.description() : "link to " + link.get().farEnd(name);
                int portMtu = configured != null ? configured.mtu() : mtu;
                all.put(p, new Port(p, description, configured == null || configured.enabled(), Port.Mode.TRUNK,
                        java.util.OptionalInt.empty(), vlans, Optional.empty(), portMtu));
            } else if (configured != null) {
                all.put(p, configured);
            } else {
                all.put(p, new Port(p, "unused", false, Port.Mode.NONE, java.util.OptionalInt.empty(), Set.of(), Optional.empty(), mtu));
            }
        }
        return new Device(name, role, platform, model.name(), management, serial, credentials, knownHosts, all, portNumbers);
    }
}
