package org.switchover.journal;

/** What a journaled run did. */
public enum RunKind { REPLACE, AUDIT, VERIFY, REMEDIATE }
