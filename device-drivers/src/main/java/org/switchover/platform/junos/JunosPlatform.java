package org.switchover.platform.junos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.switchover.driver.SchemaHints;
import org.switchover.netconf.Capabilities;

/**
 * What switchover knows of Junos (EX family, 23.4R2 YANG): the configuration namespaces its
 * golden templates render, the capabilities and modules that recognise a Junos device, and the
 * schema facts the structural diff needs. Pure data.
 */
public final class JunosPlatform {

    public static final String ID = "junos";

    /** The capability every Junos NETCONF server advertises for its Junos XML API. */
    public static final String JUNOS_CAPABILITY = "http://xml.juniper.net/netconf/junos/1.0";

    public static final String ROOT = "http://yang.juniper.net/junos-ex/conf/root";
    public static final String SYSTEM = "http://yang.juniper.net/junos-ex/conf/system";
    public static final String INTERFACES = "http://yang.juniper.net/junos-ex/conf/interfaces";
    public static final String VLANS = "http://yang.juniper.net/junos-ex/conf/vlans";
    public static final String PROTOCOLS = "http://yang.juniper.net/junos-ex/conf/protocols";

    /** The configuration modules a device must implement (as the hello or YANG library list them). */
    public static final List<String> REQUIRED_MODULES = List.of(
            "junos-ex-conf-root", "junos-ex-conf-system", "junos-ex-conf-interfaces", "junos-ex-conf-vlans", "junos-ex-conf-protocols");

    private JunosPlatform() {}

    /** What a device lacks to be driven as Junos; empty when it fits. */
    public static List<String> missing(Capabilities caps, Set<String> modules) {
        List<String> missing = new ArrayList<>();
        if (!caps.has(JUNOS_CAPABILITY)) missing.add("capability " + JUNOS_CAPABILITY);
        if (!caps.candidate()) missing.add("capability " + Capabilities.CANDIDATE);
        for (String m : REQUIRED_MODULES) {
            if (!modules.contains(m)) missing.add("YANG module " + m);
        }
        return missing;
    }

    /** Lists, leaf-lists and defaults of the configuration areas switchover owns, by schema path from {@code configuration}. */
    public static final SchemaHints SCHEMA = SchemaHints.builder()
            .list("/configuration/interfaces/interface", "name")
            .list("/configuration/interfaces/interface/unit", "name")
            .list("/configuration/vlans/vlan", "name")
            .list("/configuration/protocols/lldp/interface", "name")
            .leafList("/configuration/interfaces/interface/unit/family/ethernet-switching/vlan/members")
            .build();
}
