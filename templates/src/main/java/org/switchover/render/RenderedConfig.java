package org.switchover.render;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The NETCONF {@code <config>} payload one device must carry, well-formed and restricted to the
 * subtrees its template owns. {@code staged} marks the variant with edge ports held admin-down.
 */
public record RenderedConfig(String device, String xml, List<OwnedSubtree> ownedSubtrees, boolean staged) {
    public RenderedConfig {
        if (xml.isBlank()) throw new IllegalArgumentException("empty payload for " + device);
        ownedSubtrees = ImmutableList.copyOf(ownedSubtrees);
        if (ownedSubtrees.isEmpty()) throw new IllegalArgumentException("payload for " + device + " owns no subtree");
    }
}
