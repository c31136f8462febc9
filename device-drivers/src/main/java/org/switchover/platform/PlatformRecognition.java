package org.switchover.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchover.netconf.Capabilities;

/**
 * Which vendor platform a device announces, from the module names of its hello and YANG library
 * (and the deviations its module capabilities name): Arista's {@code arista-*} deviation and
 * augment modules mean EOS, {@code Cisco-IOS-XE-*} IOS-XE, {@code junos-*} Junos. A device that
 * announces none of them is generic (openconfig or ietf, told apart by the modules they require).
 */
public final class PlatformRecognition {

    /** A vendor platform and the module names that gave it away. */
    public record Seen(String platform, String vendor, List<String> evidence) {
        public Seen {
            evidence = List.copyOf(evidence);
        }
    }

    private record Signature(String prefix, String platform, String vendor) {}

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("arista-", "eos", "Arista EOS"),
            new Signature("Cisco-IOS-XE-", "iosxe", "Cisco IOS-XE"),
            new Signature("junos-", "junos", "Juniper Junos"));

    private PlatformRecognition() {}

    /** The vendor platform the announced modules show, if any. */
    public static Optional<Seen> vendor(Capabilities caps, Set<String> libraryModules) {
        Set<String> names = new TreeSet<>(libraryModules);
        caps.modules().forEach(m -> {
            names.add(m.name());
            names.addAll(m.deviations());
        });
        for (Signature s : SIGNATURES) {
            List<String> evidence = names.stream().filter(n -> n.startsWith(s.prefix())).limit(3).toList();
            if (!evidence.isEmpty()) return Optional.of(new Seen(s.platform(), s.vendor(), evidence));
        }
        return Optional.empty();
    }


}
