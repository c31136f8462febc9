package org.switchover.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchover.inventory.Link;

/**
 * One wave of a traffic flip: the services it restores (one priority), the ports it enables on
 * every device it touches (the new switch and the neighbours facing it), and the cables that must
 * then be up and correctly cabled.
 */
public record FlipWave(int number, int priority, List<String> services, Map<String, Set<String>> portsByDevice, Set<Link> links) {

    public FlipWave {
        checkArgument(number >= 1, "wave numbers start at 1");
        services = ImmutableList.copyOf(services);
        ImmutableMap.Builder<String, Set<String>> copy = ImmutableMap.builder();
        portsByDevice.forEach((d, p) -> copy.put(d, ImmutableSortedSet.copyOf(p)));
        portsByDevice = copy.build();
        links = ImmutableSet.copyOf(links);
    }

    /** The devices this wave changes, in the order the flip touches them. */
    public Set<String> devices() {
        return portsByDevice.keySet();
    }

    public String describePorts() {
        return portsByDevice.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(",", e.getValue().stream().sorted(PortOrder.NATURAL).toList()))
                .collect(Collectors.joining("; "));
    }
}
