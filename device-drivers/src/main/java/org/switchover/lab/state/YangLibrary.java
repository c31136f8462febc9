package org.switchover.lab.state;

import java.util.List;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.config.XmlNode;

/**
 * The RFC 7895 {@code /modules-state} a switch serves when its hello advertises
 * ietf-yang-library 2016-06-21: every module of its platform, including the YANG 1.1 ones that
 * may not appear in the hello.
 */
public final class YangLibrary {
    public static final String NS = "urn:ietf:params:xml:ns:yang:ietf-yang-library";
    /** The top-level element {@link #modulesState} builds. */
    public static final String ROOT = "modules-state";

    /** One module of a platform's set, as the library lists it. */
    public record Module(String name, String revision, String namespace) {}

    private static final List<Module> IETF = List.of(
            new Module("ietf-interfaces", "2018-02-20", "urn:ietf:params:xml:ns:yang:ietf-interfaces"),
            new Module("ieee802-dot1q-bridge", "2023-10-26", "urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge"),
            new Module("ieee802-dot1ab-lldp", "2022-03-15", "urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp"),
            new Module("ietf-system", "2014-08-06", "urn:ietf:params:xml:ns:yang:ietf-system"),
            new Module("ietf-hardware", "2018-03-13", "urn:ietf:params:xml:ns:yang:ietf-hardware"),
            new Module("iana-hardware", "2018-03-13", "urn:ietf:params:xml:ns:yang:iana-hardware"),
            new Module("iana-if-type", "2014-05-08", "urn:ietf:params:xml:ns:yang:iana-if-type"));

    private static final List<Module> OPENCONFIG = List.of(
            new Module("openconfig-interfaces", "2026-01-06", "http://openconfig.net/yang/interfaces"),
            new Module("openconfig-if-ethernet", "2026-06-22", "http://openconfig.net/yang/interfaces/ethernet"),
            new Module("openconfig-vlan", "2023-02-07", "http://openconfig.net/yang/vlan"),
            new Module("openconfig-network-instance", "2026-03-17", "http://openconfig.net/yang/network-instance"),
            new Module("openconfig-lldp", "2026-04-06", "http://openconfig.net/yang/lldp"),
            new Module("openconfig-system", "2026-03-31", "http://openconfig.net/yang/system"),
            new Module("openconfig-platform", "2025-07-15", "http://openconfig.net/yang/platform"),
            new Module("iana-if-type", "2014-05-08", "urn:ietf:params:xml:ns:yang:iana-if-type"));

    /** Cisco IOS XE 26.1.1: the native model with the augments switchover configures and the oper models it reads. */
    private static final List<Module> IOSXE = List.of(
            xe("Cisco-IOS-XE-native", "2026-02-01"),
            xe("Cisco-IOS-XE-interfaces", "2026-02-01"),
            xe("Cisco-IOS-XE-switch", "2026-02-01"),
            xe("Cisco-IOS-XE-vlan", "2026-02-01"),
            xe("Cisco-IOS-XE-lldp", "2025-07-01"),
            xe("Cisco-IOS-XE-vtp", "2026-02-01"),
            xe("Cisco-IOS-XE-features", "2026-02-01"),
            xe("Cisco-IOS-XE-interfaces-oper", "2026-02-01"),
            xe("Cisco-IOS-XE-lldp-oper", "2024-07-01"),
            xe("Cisco-IOS-XE-vlan-oper", "2022-11-01"),
            xe("Cisco-IOS-XE-switchport-oper", "2024-03-01"),
            xe("Cisco-IOS-XE-device-hardware-oper", "2025-03-01"),
            // the NETCONF server's own operations (save-config); Cisco publishes it outside the ns/yang tree
            new Module("cisco-ia", "2024-07-01", "http://cisco.com/yang/cisco-ia"));

    private YangLibrary() {}

    private static Module xe(String name, String revision) {
        return new Module(name, revision, "http://cisco.com/ns/yang/" + name);
    }

    /** The modules {@code platform} implements. */
    public static List<Module> modules(SwitchPlatform platform) {
        return switch (platform) {
            case OPENCONFIG -> OPENCONFIG;
            case IETF -> IETF;
            case IOSXE -> IOSXE;
            case JUNOS, EOS -> List.of();
        };
    }

    /** The module-set-id the hello's yang-library capability and modules-state both carry. */
    public static String moduleSetId(SwitchPlatform platform) {
        return platform.id() + "-1";
    }

    /** {@code <modules-state>} for {@code platform}. */
    public static XmlNode modulesState(SwitchPlatform platform) {
        XmlNode state = XmlNode.container(NS, ROOT);
        state.addLeaf(NS, "module-set-id", moduleSetId(platform));
        for (Module m : modules(platform)) {
            XmlNode module = state.add(XmlNode.container(NS, "module"));
            module.addLeaf(NS, "name", m.name());
            module.addLeaf(NS, "revision", m.revision());
            module.addLeaf(NS, "namespace", m.namespace());
            module.addLeaf(NS, "conformance-type", "implement");
        }
        return state;
    }
}
