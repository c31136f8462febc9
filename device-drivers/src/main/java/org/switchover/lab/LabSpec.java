package org.switchover.lab;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.switchover.lab.config.SwitchFeatures;

/**
 * A neutral description of a lab: its directory (host keys, known_hosts, the control address),
 * the switches with their initial configuration, and the cables. The controller builds one from
 * a site; tests build small ones directly.
 */
public record LabSpec(Path directory, List<SwitchSpec> switches, List<CableSpec> cables) {

    /**
     * One switch. {@code initialConfig} is a NETCONF {@code <config>} payload (or its children)
     * of the switch's platform, empty for a factory-default spare. {@code port} 0 picks a free port.
     */
    public record SwitchSpec(
            String name,
            SwitchPlatform platform,
            SwitchModel model,
            String serial,
            String initialConfig,
            SwitchCredentials credentials,
            SwitchFeatures features,
            int port,
            boolean spare) {

        public SwitchSpec {
            checkArgument(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), "switch name '%s' must be letters, digits, '.', '_' or '-'", name);
            requireNonNull(platform, "platform");
            requireNonNull(model, "model");
            requireNonNull(credentials, "credentials");
            requireNonNull(features, "features");
            initialConfig = initialConfig == null ? "" : initialConfig;
            serial = serial == null || serial.isBlank() ? "LAB" + String.format("%08X", name.hashCode()) : serial;
            checkArgument(port >= 0 && port < 65536, "port %s of %s out of range", port, name);
        }

        /** A switch with every feature on, on a free port. */
        public static SwitchSpec of(String name, SwitchPlatform platform, SwitchModel model, String initialConfig, SwitchCredentials credentials) {
            return new SwitchSpec(name, platform, model, null, initialConfig, credentials, SwitchFeatures.all(), 0, false);
        }

        /** A factory-default spare: no configuration beyond what makes it reachable, and its platform's default features. */
        public static SwitchSpec spare(String name, SwitchPlatform platform, SwitchModel model, SwitchCredentials credentials) {
            return new SwitchSpec(name, platform, model, null, "", credentials, platform.defaultFeatures(), 0, true);
        }

        public SwitchSpec withFeatures(SwitchFeatures f) {
            return new SwitchSpec(name, platform, model, serial, initialConfig, credentials, f, port, spare);
        }

        public SwitchSpec withPort(int p) {
            return new SwitchSpec(name, platform, model, serial, initialConfig, credentials, features, p, spare);
        }

        public SwitchSpec withSerial(String s) {
            return new SwitchSpec(name, platform, model, s, initialConfig, credentials, features, port, spare);
        }
    }

    /** A cable between {@code a} and {@code b}. */
    public record CableSpec(Topology.Endpoint a, Topology.Endpoint b) {
        public static CableSpec parse(String a, String b) {
            return new CableSpec(Topology.Endpoint.parse(a), Topology.Endpoint.parse(b));
        }
    }

    public LabSpec {
        requireNonNull(directory, "directory");
        switches = ImmutableList.copyOf(switches);
        cables = ImmutableList.copyOf(cables);
        Set<String> names = new HashSet<>();
        for (SwitchSpec s : switches) checkArgument(names.add(s.name()), "switch %s appears twice in the lab", s.name());
    }
}
