package org.switchover.netconf;

import java.util.Locale;

/** The configuration datastores of RFC 6241. */
public enum Datastore {
    RUNNING, CANDIDATE, STARTUP;

    /** The element name used in {@code <source>} and {@code <target>}. */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
