package org.switchover.journal;

/** The totals of one audit run, for {@code audit history}. */
public record AuditSummary(Run run, int devices, int clean, int drifted, int unreachable) {}
