package org.switchover.driver;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A rendered NETCONF {@code <config>} payload and the top-level subtrees it owns: what a
 * compliance diff compares and what a replace-push replaces.
 */
public record ConfigPayload(String device, String xml, List<Subtree> ownedSubtrees) {

    /** A top-level container of a YANG module, identified by namespace and local name. */
    public record Subtree(String namespace, String name) {
        public Subtree {
            checkArgument(!namespace.isBlank() && !name.isBlank(), "subtree needs a namespace and a name");
        }
    }

    public ConfigPayload {
        checkArgument(!xml.isBlank(), "empty payload for %s", device);
        ownedSubtrees = ImmutableList.copyOf(ownedSubtrees);
        checkArgument(!ownedSubtrees.isEmpty(), "payload for %s owns no subtree", device);
    }
}
