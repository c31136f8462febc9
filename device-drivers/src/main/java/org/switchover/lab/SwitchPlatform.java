package org.switchover.lab;

import java.util.Arrays;
import java.util.Locale;
import org.switchover.lab.config.SwitchFeatures;

/** The YANG model family a simulated switch speaks. */
public enum SwitchPlatform {
    /** openconfig-interfaces, openconfig-vlan, openconfig-lldp, openconfig-system, openconfig-platform. */
    OPENCONFIG,
    /** ietf-interfaces, ieee802-dot1q-bridge, ieee802-dot1ab-lldp, ietf-system, ietf-hardware. */
    IETF,
    /**
     * Cisco IOS-XE: Cisco-IOS-XE-native with its switch, VLAN and LLDP augments, state from the
     * Cisco-IOS-XE-*-oper models; like a Catalyst, no candidate datastore unless enabled.
     */
    IOSXE,
    /** Junos (EX family): the Junos configuration tree, the Junos XML API commit and state RPCs, confirmed-commit 1.0. */
    JUNOS,
    /** Arista EOS: the openconfig models as EOS 4.36 serves them, with Arista's deviations announced. */
    EOS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform named {@code id} ({@code openconfig}, {@code ietf}, {@code iosxe}). */
    public static SwitchPlatform of(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown platform '" + id + "'; use one of "
                        + String.join(", ", Arrays.stream(values()).map(SwitchPlatform::id).toList())));
    }

    /**
     * The NETCONF features a switch of this platform has out of the box: everything for the
     * generic platforms; for IOS-XE what a Catalyst advertises until {@code netconf-yang feature
     * candidate-datastore} is configured ({@link SwitchFeatures#iosxe(boolean)}).
     */
    public SwitchFeatures defaultFeatures() {
        return this == IOSXE ? SwitchFeatures.iosxe(false) : SwitchFeatures.all();
    }

    /** Whether the switch serves ietf-yang-library {@code modules-state} and advertises it in its hello. */
    public boolean servesYangLibrary() {
        return this == IETF || this == IOSXE;
    }
}
