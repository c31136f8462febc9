package org.switchover.lab.state;

import java.util.List;

/**
 * The module capabilities an EOS 4.36.1F switch announces for the models switchover uses: the
 * OpenConfig modules at the revisions EOS ships, each naming the Arista deviation modules that
 * change it, and Arista's deviation and augment modules themselves (revisions and namespaces as in
 * {@code shared/yang/vendor/arista-eos-4.36.1F}).
 */
final class EosModules {

    static final List<String> CAPABILITIES = List.of(
            "http://openconfig.net/yang/interfaces?module=openconfig-interfaces&revision=2026-01-06"
                    + "&deviations=arista-intf-deviations,arista-interfaces-notsupported-deviations",
            "http://openconfig.net/yang/interfaces/ethernet?module=openconfig-if-ethernet&revision=2025-11-20"
                    + "&deviations=arista-intf-deviations,arista-interfaces-notsupported-deviations",
            "http://openconfig.net/yang/vlan?module=openconfig-vlan&revision=2023-02-07"
                    + "&deviations=arista-intf-deviations,arista-vlan-deviations",
            "http://openconfig.net/yang/network-instance?module=openconfig-network-instance&revision=2025-03-26"
                    + "&deviations=arista-netinst-deviations",
            "http://openconfig.net/yang/lldp?module=openconfig-lldp&revision=2026-01-14"
                    + "&deviations=arista-lldp-deviations,arista-lldp-notsupported-deviations",
            "http://openconfig.net/yang/system?module=openconfig-system&revision=2025-07-08&deviations=arista-system-deviations",
            "http://openconfig.net/yang/platform?module=openconfig-platform&revision=2025-07-15",
            "urn:ietf:params:xml:ns:yang:iana-if-type?module=iana-if-type&revision=2014-05-08",
            "http://arista.com/yang/openconfig/interfaces/deviations?module=arista-intf-deviations&revision=2024-02-12",
            "http://arista.com/yang/openconfig/interfaces/notsupported-deviations?module=arista-interfaces-notsupported-deviations&revision=2026-06-09",
            "http://arista.com/yang/openconfig/interfaces/augments?module=arista-intf-augments&revision=2026-01-14",
            "http://arista.com/yang/openconfig/lldp/deviations?module=arista-lldp-deviations&revision=2022-01-17",
            "http://arista.com/yang/openconfig/lldp/notsupported-deviations?module=arista-lldp-notsupported-deviations&revision=2026-06-09",
            "http://arista.com/yang/openconfig/lldp/augments?module=arista-lldp-augments&revision=2020-11-30",
            "http://arista.com/yang/openconfig/network-instances/deviations?module=arista-netinst-deviations&revision=2025-03-14",
            "http://arista.com/yang/openconfig/network-instances/augments?module=arista-netinst-augments&revision=2025-07-15",
            "http://arista.com/yang/openconfig/network-instance/deviations?module=arista-vlan-deviations&revision=2020-11-30",
            "http://arista.com/yang/openconfig/network-instance/vlan/augments?module=arista-vlan-augments&revision=2020-11-30",
            "http://arista.com/yang/openconfig/system/deviations?module=arista-system-deviations&revision=2023-03-14",
            "http://arista.com/yang/openconfig/system/augments?module=arista-system-augments&revision=2025-11-05");

    private EosModules() {}
}
