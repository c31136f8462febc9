package org.switchover.driver;

/**
 * Device data a driver read but could not interpret (a VLAN registration whose bridge port number
 * matches no port the device or the site names): the leaf's data path, with list keys, and why.
 * The rest of the device's data is still read; what depends on this leaf is left unjudged.
 */
public record UninterpretedData(String path, String problem) {}
