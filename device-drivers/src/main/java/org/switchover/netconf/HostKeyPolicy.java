package org.switchover.netconf;

import java.nio.file.Path;

/**
 * How a server's SSH host key is checked against {@code knownHosts}. A changed key is always
 * refused; an unknown key is refused unless {@code trustOnFirstUse}, which then records it.
 */
public record HostKeyPolicy(Path knownHosts, boolean trustOnFirstUse) {

    public static HostKeyPolicy strict(Path knownHosts) {
        return new HostKeyPolicy(knownHosts, false);
    }

    public static HostKeyPolicy trustOnFirstUse(Path knownHosts) {
        return new HostKeyPolicy(knownHosts, true);
    }
}
