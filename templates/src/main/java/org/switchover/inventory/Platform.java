package org.switchover.inventory;

import java.util.Locale;

/** The YANG model family a device speaks; selects templates and driver. */
public enum Platform {
    OPENCONFIG, IETF,
    /** Cisco IOS-XE: Cisco-IOS-XE-native and its augments, interfaces keyed by type and number. */
    IOSXE,
    /** Juniper Junos (EX family): the Junos configuration tree, commits and state through the Junos XML API. */
    JUNOS,
    /** Arista EOS: OpenConfig as Arista implements it, with its published deviations. */
    EOS;

    /** The name used in site.yaml and in template paths. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
