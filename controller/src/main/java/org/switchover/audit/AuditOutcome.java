package org.switchover.audit;

/** The verdict on one device, worst first: what its report line and JUnit test case say. */
public enum AuditOutcome {
    /** The device presented a changed SSH host key and was not audited: a security finding. */
    HOST_KEY_CHANGED,
    /** The device could not be audited: no connection, no answer, or timed out. */
    UNREACHABLE,
    /** The device was audited and differs from intent. */
    DRIFT,
    /** The device was audited and matches intent (suppressed findings aside). */
    CLEAN
}
