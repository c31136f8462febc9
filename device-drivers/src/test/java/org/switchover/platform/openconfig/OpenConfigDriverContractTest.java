package org.switchover.platform.openconfig;

import java.util.List;
import java.util.Optional;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.lab.SwitchPlatform;
import org.switchover.platform.PlatformDriverContract;

/** The driver contract for the openconfig platform. */
class OpenConfigDriverContractTest extends PlatformDriverContract {

    private static final String IANAIFT = "xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\"";

    @Override
    protected SwitchPlatform platform() {
        return SwitchPlatform.OPENCONFIG;
    }

    @Override
    protected ConfigPayload golden(String device, String hostname) {
        String xml = """
                <system xmlns="http://openconfig.net/yang/system"><config><hostname>%s</hostname></config></system>
                <interfaces xmlns="http://openconfig.net/yang/interfaces">
                  <interface><name>Ethernet1</name>
                    <config><name>Ethernet1</name><type %s>ianaift:ethernetCsmacd</type><description>to peer</description><enabled>true</enabled></config>
                    <ethernet xmlns="http://openconfig.net/yang/interfaces/ethernet"><switched-vlan xmlns="http://openconfig.net/yang/vlan">
                      <config><interface-mode>ACCESS</interface-mode><access-vlan>10</access-vlan></config></switched-vlan></ethernet>
                  </interface>
                  <interface><name>Ethernet2</name>
                    <config><name>Ethernet2</name><type %s>ianaift:ethernetCsmacd</type><enabled>true</enabled></config>
                    <ethernet xmlns="http://openconfig.net/yang/interfaces/ethernet"><switched-vlan xmlns="http://openconfig.net/yang/vlan">
                      <config><interface-mode>TRUNK</interface-mode><trunk-vlans>10</trunk-vlans><trunk-vlans>20</trunk-vlans></config></switched-vlan></ethernet>
                  </interface>
                  <interface><name>Ethernet3</name>
                    <config><name>Ethernet3</name><type %s>ianaift:ethernetCsmacd</type><enabled>true</enabled></config>
                    <ethernet xmlns="http://openconfig.net/yang/interfaces/ethernet"><switched-vlan xmlns="http://openconfig.net/yang/vlan">
                      <config><interface-mode>TRUNK</interface-mode></config></switched-vlan></ethernet>
                  </interface>
                </interfaces>
                <network-instances xmlns="http://openconfig.net/yang/network-instance">
                  <network-instance><name>default</name>
                    <config><name>default</name><type xmlns:oc-ni-types="http://openconfig.net/yang/network-instance-types">oc-ni-types:DEFAULT_INSTANCE</type></config>
                    <vlans>
                      <vlan><vlan-id>10</vlan-id><config><vlan-id>10</vlan-id><name>public</name></config></vlan>
                      <vlan><vlan-id>20</vlan-id><config><vlan-id>20</vlan-id><name>social</name></config></vlan>
                    </vlans>
                  </network-instance>
                </network-instances>
                """.formatted(hostname, IANAIFT, IANAIFT, IANAIFT);
        return new ConfigPayload(device, xml, List.of(
                new Subtree(OpenConfigPlatform.SYSTEM, "system"),
                new Subtree(OpenConfigPlatform.INTERFACES, "interfaces"),
                new Subtree(OpenConfigPlatform.NETWORK_INSTANCE, "network-instances")));
    }

    @Override
    protected String peerConfig(String hostname) {
        StringBuilder s = new StringBuilder("<system xmlns=\"http://openconfig.net/yang/system\"><config><hostname>")
                .append(hostname).append("</hostname></config></system><interfaces xmlns=\"http://openconfig.net/yang/interfaces\">");
        for (String p : List.of("Ethernet1", "Ethernet2", "Ethernet3")) {
            s.append("<interface><name>").append(p).append("</name><config><name>").append(p).append("</name><type ")
                    .append(IANAIFT).append(">ianaift:ethernetCsmacd</type><enabled>true</enabled></config></interface>");
        }
        return s.append("</interfaces>").toString();
    }

    @Override
    protected String descriptionEdit(String port, String description) {
        return "<interfaces xmlns=\"http://openconfig.net/yang/interfaces\"><interface><name>" + port + "</name><config><name>"
                + port + "</name><description>" + description + "</description></config></interface></interfaces>";
    }

    @Override
    protected String descriptionPath(String port) {
        return "/interfaces/interface[name=" + port + "]/config/description";
    }

    /**
     * What an OpenConfig switch (SR Linux names its port and VRF so) carries besides the golden: the management port mgmt0 with its address in the
     * management VRF mgmt, ssh-server, NTP, a user with a password hash, the domain name, a VLAN the
     * site does not model and LLDP settings (valid against the published models).
     */
    private static final String UNMANAGED = """
            <system xmlns="http://openconfig.net/yang/system">
              <config><domain-name>example.net</domain-name></config>
              <ssh-server><config><enable>true</enable><timeout>60</timeout></config></ssh-server>
              <ntp><config><enabled>true</enabled></config>
                <servers><server><address>192.0.2.1</address><config><address>192.0.2.1</address></config></server></servers></ntp>
              <aaa><authentication><users><user><username>netops</username>
                <config><username>netops</username><password-hashed>$6$Kq2n8sLwQe4t$kOavqEvyJOiB19BDLkNtimRiBsBSf9GjbZ0.gzRfXVbTgoNILNEeL9IzJySET//roBgRgGDyKc3e2APDY63Nn/</password-hashed>
                  <role xmlns:oc-aaa-types="http://openconfig.net/yang/aaa/types">oc-aaa-types:SYSTEM_ROLE_ADMIN</role></config>
              </user></users></authentication></aaa>
            </system>
            <interfaces xmlns="http://openconfig.net/yang/interfaces">
              <interface><name>mgmt0</name>
                <config><name>mgmt0</name><type xmlns:ianaift="urn:ietf:params:xml:ns:yang:iana-if-type">ianaift:ethernetCsmacd</type>
                  <description>out-of-band management</description><enabled>true</enabled></config>
                <subinterfaces><subinterface><index>0</index><config><index>0</index></config>
                  <ipv4 xmlns="http://openconfig.net/yang/interfaces/ip"><addresses><address><ip>192.0.2.10</ip>
                    <config><ip>192.0.2.10</ip><prefix-length>24</prefix-length></config></address></addresses></ipv4>
                </subinterface></subinterfaces>
              </interface>
            </interfaces>
            <network-instances xmlns="http://openconfig.net/yang/network-instance">
              <network-instance><name>default</name>
                <vlans><vlan><vlan-id>999</vlan-id><config><vlan-id>999</vlan-id><name>oob-cameras</name></config></vlan></vlans>
              </network-instance>
              <network-instance><name>mgmt</name>
                <config><name>mgmt</name><type xmlns:oc-ni-types="http://openconfig.net/yang/network-instance-types">oc-ni-types:L3VRF</type></config>
                <interfaces><interface><id>mgmt0</id><config><id>mgmt0</id><interface>mgmt0</interface><subinterface>0</subinterface></config></interface></interfaces>
              </network-instance>
            </network-instances>
            <lldp xmlns="http://openconfig.net/yang/lldp"><config><hello-timer>10</hello-timer></config>
              <interfaces><interface><name>mgmt0</name><config><name>mgmt0</name><enabled>false</enabled></config></interface></interfaces>
            </lldp>
            """;

    @Override
    protected String unmanagedConfig() {
        return UNMANAGED;
    }

    @Override
    protected String unmanagedFilter() {
        return "<system xmlns=\"http://openconfig.net/yang/system\"><config><domain-name/></config><ssh-server/><ntp/><aaa/></system>"
                + "<interfaces xmlns=\"http://openconfig.net/yang/interfaces\"><interface><name>mgmt0</name></interface></interfaces>"
                + "<network-instances xmlns=\"http://openconfig.net/yang/network-instance\">"
                + "<network-instance><name>mgmt</name></network-instance>"
                + "<network-instance><name>default</name><vlans><vlan><vlan-id>999</vlan-id></vlan></vlans></network-instance></network-instances>"
                + "<lldp xmlns=\"http://openconfig.net/yang/lldp\"><config><hello-timer/></config>"
                + "<interfaces><interface><name>mgmt0</name></interface></interfaces></lldp>";
    }

    @Override
    protected Optional<String> managementPort() {
        return Optional.of("mgmt0");
    }
}
