package org.switchover.lab.state;

/**
 * The far end of a cable as a port sees it: the far switch's configured hostname, its port and
 * chassis id, and whether that port can carry a link (far switch powered, port admin-enabled
 * and not failed).
 */
public record FarEnd(String hostname, String port, String chassisId, boolean usable) {}
