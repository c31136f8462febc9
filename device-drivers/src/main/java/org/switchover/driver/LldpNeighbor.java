package org.switchover.driver;

/** What LLDP on {@code localPort} hears from the far end: its system name and port id. */
public record LldpNeighbor(String localPort, String remoteSystemName, String remotePortId) {}
