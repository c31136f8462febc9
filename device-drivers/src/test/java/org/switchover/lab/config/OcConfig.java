package org.switchover.lab.config;

/** Small openconfig payloads for tests. */
final class OcConfig {
    static final String IF = "http://openconfig.net/yang/interfaces";

    private OcConfig() {}

    static String itf(String name, String description, boolean enabled) {
        return "<interface><name>" + name + "</name><config><name>" + name + "</name>"
                + "<type xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">ianaift:ethernetCsmacd</type>"
                + "<description>" + description + "</description><enabled>" + enabled + "</enabled></config></interface>";
    }

    static String interfaces(String... entries) {
        return "<interfaces xmlns=\"" + IF + "\">" + String.join("", entries) + "</interfaces>";
    }

    static String hostname(String name) {
        return "<system xmlns=\"http://openconfig.net/yang/system\"><config><hostname>" + name + "</hostname></config></system>";
    }

    static String access(String port, int vlan) {
        return "<interface><name>" + port + "</name><ethernet xmlns=\"http://openconfig.net/yang/interfaces/ethernet\">"
                + "<switched-vlan xmlns=\"http://openconfig.net/yang/vlan\"><config><interface-mode>ACCESS</interface-mode>"
                + "<access-vlan>" + vlan + "</access-vlan></config></switched-vlan></ethernet></interface>";
    }
}
