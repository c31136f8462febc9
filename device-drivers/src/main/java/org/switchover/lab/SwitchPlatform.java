package org.switchover.lab;

import java.util.Arrays;
import java.util.Locale;

/** The YANG model family a simulated switch speaks. */
public enum SwitchPlatform {
    /** openconfig-interfaces, openconfig-vlan, openconfig-lldp, openconfig-system, openconfig-platform. */
    OPENCONFIG,
    /** ietf-interfaces, ieee802-dot1q-bridge, ieee802-dot1ab-lldp, ietf-system, ietf-hardware. */
    IETF,
    /** Arista EOS: the openconfig models as EOS 4.36 serves them, with Arista's deviations announced. */
    EOS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform named {@code id} ({@code openconfig}, {@code ietf} or {@code eos}). */
    public static SwitchPlatform of(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown platform '" + id + "'; use openconfig, ietf or eos"));
    }
}
