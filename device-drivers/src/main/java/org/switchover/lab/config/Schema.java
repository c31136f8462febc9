package org.switchover.lab.config;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What edit-config needs to know of the YANG models beyond element names: which elements are
 * list entries (and their keys) and which are leaf-lists. Lists not named here whose entries
 * carry a {@code name} child are keyed by it, which matches most YANG lists; anything else is
 * treated as a container.
 */
public record Schema(Map<QName, List<String>> listKeys, Set<QName> leafLists) {

    /** A namespace-qualified element name. */
    public record QName(String namespace, String name) {}

    public static final String OC_INTERFACES = "http://openconfig.net/yang/interfaces";
    public static final String OC_ETHERNET = "http://openconfig.net/yang/interfaces/ethernet";
    public static final String OC_VLAN = "http://openconfig.net/yang/vlan";
    public static final String OC_NETINST = "http://openconfig.net/yang/network-instance";
    public static final String OC_SYSTEM = "http://openconfig.net/yang/system";
    public static final String OC_LLDP = "http://openconfig.net/yang/lldp";
    public static final String OC_PLATFORM = "http://openconfig.net/yang/platform";
    public static final String IETF_INTERFACES = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    public static final String IETF_SYSTEM = "urn:ietf:params:xml:ns:yang:ietf-system";
    public static final String DOT1Q = "urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge";
    public static final String DOT1AB_LLDP = "urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp";
    public static final String IETF_HARDWARE = "urn:ietf:params:xml:ns:yang:ietf-hardware";
    public static final String IANA_IF_TYPE = "urn:ietf:params:xml:ns:yang:iana-if-type";
    public static final String JUNOS_ROOT = "http://yang.juniper.net/junos-ex/conf/root";
    public static final String JUNOS_SYSTEM = "http://yang.juniper.net/junos-ex/conf/system";
    public static final String JUNOS_INTERFACES = "http://yang.juniper.net/junos-ex/conf/interfaces";
    public static final String JUNOS_VLANS = "http://yang.juniper.net/junos-ex/conf/vlans";
    public static final String JUNOS_PROTOCOLS = "http://yang.juniper.net/junos-ex/conf/protocols";
    public static final String IANA_HARDWARE = "urn:ietf:params:xml:ns:yang:iana-hardware";
    public static final String XE_NATIVE = "http://cisco.com/ns/yang/Cisco-IOS-XE-native";
    public static final String XE_SWITCH = "http://cisco.com/ns/yang/Cisco-IOS-XE-switch";
    public static final String XE_VLAN = "http://cisco.com/ns/yang/Cisco-IOS-XE-vlan";
    public static final String XE_LLDP = "http://cisco.com/ns/yang/Cisco-IOS-XE-lldp";

    public Schema {
        listKeys = ImmutableMap.copyOf(listKeys);
        leafLists = ImmutableSet.copyOf(leafLists);
    }

    /** The lists and leaf-lists of every platform's supported models (IOS-XE's interfaces are keyed by name, the default). */
    public static Schema standard() {
        return new Schema(
                ImmutableMap.<QName, List<String>>builder()
                        .put(new QName(OC_INTERFACES, "interface"), List.of("name"))
                        .put(new QName(OC_INTERFACES, "subinterface"), List.of("index"))
                        .put(new QName(OC_NETINST, "network-instance"), List.of("name"))
                        .put(new QName(OC_NETINST, "interface"), List.of("id"))
                        .put(new QName(OC_NETINST, "protocol"), List.of("identifier", "name"))
                        .put(new QName(OC_VLAN, "vlan"), List.of("vlan-id"))
                        .put(new QName(OC_NETINST, "vlan"), List.of("vlan-id"))
                        .put(new QName(OC_LLDP, "interface"), List.of("name"))
                        .put(new QName(OC_PLATFORM, "component"), List.of("name"))
                        .put(new QName(OC_SYSTEM, "server"), List.of("address"))
                        .put(new QName(IETF_INTERFACES, "interface"), List.of("name"))
                        .put(new QName(DOT1Q, "bridge"), List.of("name"))
                        .put(new QName(DOT1Q, "component"), List.of("name"))
                        .put(new QName(DOT1Q, "vlan"), List.of("vid"))
                        .put(new QName(DOT1Q, "vlan-registration-entry"), List.of("database-id", "vids"))
                        .put(new QName(DOT1Q, "filtering-entry"), List.of("database-id", "vids", "address"))
                        .put(new QName(DOT1Q, "port-map"), List.of("port-ref"))
                        .put(new QName(DOT1AB_LLDP, "port"), List.of("name", "dest-mac-address"))
                        .put(new QName(IETF_SYSTEM, "server"), List.of("name"))
                        .put(new QName(IETF_SYSTEM, "user"), List.of("name"))
                        .put(new QName(XE_VLAN, "vlan-list"), List.of("id"))
                        .build(),
                Set.of(new QName(OC_VLAN, "trunk-vlans"),
                        new QName(IETF_SYSTEM, "search"),
                        new QName(DOT1Q, "untagged-ports"),
                        new QName(DOT1Q, "egress-ports"),
                        new QName(JUNOS_INTERFACES, "members")));
    }

    private static final Set<String> CONTAINERS = Set.of("config", "state");

    /** The key leaves of {@code node} when it is a list entry; empty for containers and leaves. */
    public List<String> keysOf(XmlNode node) {
        List<String> keys = listKeys.get(new QName(node.namespace(), node.name()));
        if (keys != null) return keys;
        // OpenConfig's config and state are containers even when they carry a name leaf (a VLAN's name)
        if (CONTAINERS.contains(node.name())) return List.of();
        if (!node.children().isEmpty() && node.child("name").filter(n -> n.children().isEmpty()).isPresent()) {
            return List.of("name");
        }
        return List.of();
    }

    public boolean isLeafList(XmlNode node) {
        return leafLists.contains(new QName(node.namespace(), node.name()));
    }

    /** True when {@code existing} is the datastore instance that payload element {@code edit} addresses. */
    public boolean matches(XmlNode existing, XmlNode edit) {
        if (!existing.sameName(edit)) return false;
        if (isLeafList(edit)) return existing.text().trim().equals(edit.text().trim());
        List<String> keys = keysOf(edit);
        if (keys.isEmpty()) keys = listKeys.getOrDefault(new QName(edit.namespace(), edit.name()), List.of());
        for (String key : keys) {
            String want = edit.childText(key).orElse(null);
            if (want == null || !want.equals(existing.childText(key).orElse(null))) return false;
        }
        return true;
    }
}
