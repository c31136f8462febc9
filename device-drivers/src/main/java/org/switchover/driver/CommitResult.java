package org.switchover.driver;

/**
 * What a confirmed commit did. {@code emulated} is true when the device lacks
 * :confirmed-commit and the driver keeps the rollback copy itself; then only this controller
 * can roll back, and it says so.
 */
public record CommitResult(String persistId, boolean emulated, String note) {}
