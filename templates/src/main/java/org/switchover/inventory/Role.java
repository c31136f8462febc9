package org.switchover.inventory;

import java.util.Locale;

/** A device's place in the campus hierarchy; selects its golden template. */
public enum Role {
    CORE, DISTRIBUTION, ACCESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
