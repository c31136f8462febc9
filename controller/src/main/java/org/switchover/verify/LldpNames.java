package org.switchover.verify;

import java.util.Locale;
import org.switchover.driver.LldpNeighbor;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;

/**
 * The one rule for matching what LLDP advertises with the site, in waves, {@code verify} and
 * audits: system names compare case-insensitively and a fully qualified name of the expected one
 * is accepted ({@code core-1.city.example} is {@code core-1}); port ids compare case-insensitively.
 */
public final class LldpNames {

    private LldpNames() {}

    /** Does {@code heard} advertise the far end {@code expected}? */
    public static boolean sameEnd(Link.Endpoint expected, LldpNeighbor heard) {
        return sameSystem(expected.device(), heard.remoteSystemName()) && expected.port().equalsIgnoreCase(heard.remotePortId());
    }

    /** Is {@code systemName}, as LLDP advertises it, the device the inventory calls {@code inventoryName}? */
    public static boolean sameSystem(String inventoryName, String systemName) {
        String a = inventoryName.toLowerCase(Locale.ROOT);
        String b = systemName.toLowerCase(Locale.ROOT);
        return a.equals(b) || b.startsWith(a + ".");
    }

    /** Is {@code systemName} a switch of the site? Phones and hosts never count as cabling. */
    public static boolean isSiteDevice(Site site, String systemName) {
        String shortName = systemName.split("\\.", 2)[0];
        return site.devices().keySet().stream().anyMatch(d -> d.equalsIgnoreCase(shortName) || sameSystem(d, systemName));
    }

    /** How a neighbour is written in findings: {@code system:port}. */
    public static String heardAs(LldpNeighbor n) {
        return n.remoteSystemName() + ":" + n.remotePortId();
    }
}
