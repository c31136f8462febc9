package org.switchover.inventory;

import com.google.common.collect.ImmutableMap;
import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** One switch of the site with every port it configures (ranges and profiles already expanded). */
public record Device(
        String name,
        Role role,
        Platform platform,
        String model,
        HostAndPort management,
        Optional<String> serial,
        CredentialRef credentials,
        Path knownHosts,
        Map<String, Port> ports,
        PortNumbering portNumbers) {

    public Device {
        ports = ImmutableMap.copyOf(ports);
    }

    /** A device whose bridge port numbers are learned from the device only. */
    public Device(String name, Role role, Platform platform, String model, HostAndPort management, Optional<String> serial,
            CredentialRef credentials, Path knownHosts, Map<String, Port> ports) {
        this(name, role, platform, model, management, serial, credentials, knownHosts, ports, PortNumbering.DEVICE);
    }

    public Device withManagement(HostAndPort address) {
        return new Device(name, role, platform, model, address, serial, credentials, knownHosts, ports, portNumbers);
    }

    public Device withCredentials(CredentialRef ref, Path knownHostsFile) {
        return new Device(name, role, platform, model, management, serial, ref, knownHostsFile, ports, portNumbers);
    }
}
