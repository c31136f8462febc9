package org.switchover.inventory;

import java.util.Locale;

/** The YANG model family a device speaks; selects templates and driver. */
public enum Platform {
    OPENCONFIG, IETF,
    /** Arista EOS: OpenConfig as Arista implements it, with its published deviations. */
    EOS;

    /** The name used in site.yaml and in template paths. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
