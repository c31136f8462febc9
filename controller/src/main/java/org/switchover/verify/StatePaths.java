package org.switchover.verify;

/**
 * The one path syntax of findings, relative to a device: state as {@code /state/...} with list
 * keys in brackets, like the config paths of a compliance diff ({@code /interfaces/interface[name=..]/..}).
 */
public final class StatePaths {

    /** The device as a whole (it did not answer). */
    public static final String DEVICE = "/";
    /** The hardware model the device reports. */
    public static final String MODEL = "/state/model";
    /** The set of ports the device reports. */
    public static final String PORTS = "/state/ports";

    private StatePaths() {}

    /** A leaf of a port's state: {@code oper-status}, {@code admin-status} or {@code vlans}. */
    public static String port(String port, String leaf) {
        return "/state/interface[name=" + port + "]/" + leaf;
    }

    public static String lldpNeighbor(String port) {
        return "/state/lldp/neighbor[port=" + port + "]";
    }

    public static String vlan(int id) {
        return "/state/vlan[id=" + id + "]";
    }

    /** A service's VLAN as seen from the access switch whose ports carry it. */
    public static String service(String service, int vlan) {
        return "/services/service[name=" + service + "]/vlan[id=" + vlan + "]";
    }
}
