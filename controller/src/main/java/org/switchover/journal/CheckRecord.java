package org.switchover.journal;

import java.time.Instant;

/** The result of one check (link up, LLDP neighbour, VLAN, reachability) on one device. */
public record CheckRecord(long runId, String device, String check, boolean passed, String detail, Instant recorded) {}
