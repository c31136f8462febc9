package org.switchover.lab.state;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.config.FilterRoots;
import org.switchover.lab.config.XmlNode;

/**
 * How a platform reads its running configuration and presents configuration plus operational
 * state in the answer to {@code <get>}: the only place besides validation that knows the
 * platform's YANG paths.
 */
public interface StateModel {

    /** The admin state of {@code port} in {@code running}; ports without configuration are enabled, as YANG's default says. */
    boolean adminEnabled(XmlNode running, String port);

    /** The configured hostname, if any. */
    Optional<String> hostname(XmlNode running);

    /**
     * Configuration and state together, as {@code <get>} returns them (the children of {@code <data>}),
     * but only the top-level subtrees that {@code wanted} may match ({@link FilterRoots#ALL}: all of
     * them), each exactly as in the whole tree and in the same order.
     */
    XmlNode data(XmlNode running, SwitchIdentity id, Function<String, PortStatus> ports, FilterRoots wanted);

    /** The module capability URIs of the platform's YANG 1.0 modules, for the hello. */
    List<String> moduleCapabilities();

    static StateModel of(SwitchPlatform platform) {
        return switch (platform) {
            case OPENCONFIG -> new OpenconfigState(false);
            case EOS -> new OpenconfigState(true);
            case IETF -> new IetfState();
            case IOSXE -> new IosxeState();
            case JUNOS -> new JunosState();
        };
    }
}
