package org.switchover.driver;

/**
 * What a device says of a confirmed commit an earlier session made, for a driver whose confirmed
 * commits do not persist ({@link PlatformDriver#confirmedCommitPersists()} false): still waiting
 * for its confirmation, or no longer pending (confirmed, or rolled back when its session ended or
 * its timeout passed; the configuration tells which). UNKNOWN when the device keeps no record.
 */
public enum PendingCommitState {
    PENDING,
    NOT_PENDING,
    UNKNOWN
}
