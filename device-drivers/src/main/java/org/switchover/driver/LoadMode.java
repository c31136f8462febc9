package org.switchover.driver;

/** How a candidate is applied to the subtrees its payload owns. */
public enum LoadMode {
    /** The owned subtrees become exactly the payload. */
    REPLACE,
    /** The payload is merged into what is there. */
    MERGE
}
