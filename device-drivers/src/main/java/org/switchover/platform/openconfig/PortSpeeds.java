package org.switchover.platform.openconfig;

import java.util.Map;

/** The openconfig-if-ethernet {@code ETHERNET_SPEED} identities in Mb/s. */
final class PortSpeeds {

    private static final Map<String, Long> MBPS = Map.ofEntries(
            Map.entry("SPEED_10MB", 10L), Map.entry("SPEED_100MB", 100L), Map.entry("SPEED_1GB", 1_000L),
            Map.entry("SPEED_2500MB", 2_500L), Map.entry("SPEED_5GB", 5_000L), Map.entry("SPEED_10GB", 10_000L),
            Map.entry("SPEED_25GB", 25_000L), Map.entry("SPEED_40GB", 40_000L), Map.entry("SPEED_50GB", 50_000L),
            Map.entry("SPEED_100GB", 100_000L), Map.entry("SPEED_200GB", 200_000L), Map.entry("SPEED_400GB", 400_000L),
            Map.entry("SPEED_600GB", 600_000L), Map.entry("SPEED_800GB", 800_000L), Map.entry("SPEED_1600GB", 1_600_000L));

    private PortSpeeds() {}

    /** The speed of identity {@code name} (without prefix); 0 for SPEED_UNKNOWN or one this table does not know. */
    static long mbps(String name) {
        return MBPS.getOrDefault(name, 0L);
    }
}
