package org.switchover.platform.ietf;

import java.util.List;
import java.util.Optional;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.lab.SwitchPlatform;
import org.switchover.platform.PlatformDriverContract;

/** The driver contract for the ietf platform. */
class IetfDriverContractTest extends PlatformDriverContract {

    private static final String IANAIFT = "xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\"";
    private static final String DOT1Q = "xmlns:dot1q=\"urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge\"";

    @Override
    protected SwitchPlatform platform() {
        return SwitchPlatform.IETF;
    }

    @Override
    protected ConfigPayload golden(String device, String hostname) {
        String xml = """
                <system xmlns="urn:ietf:params:xml:ns:yang:ietf-system"><hostname>%1$s</hostname></system>
                <interfaces xmlns="urn:ietf:params:xml:ns:yang:ietf-interfaces">
                  <interface><name>Ethernet1</name><description>to peer</description><type %2$s>ianaift:ethernetCsmacd</type><enabled>true</enabled>
                    <bridge-port xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge"><bridge-name>br0</bridge-name><component-name>c0</component-name><pvid>10</pvid></bridge-port>
                  </interface>
                  <interface><name>Ethernet2</name><type %2$s>ianaift:ethernetCsmacd</type><enabled>true</enabled>
                    <bridge-port xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge"><bridge-name>br0</bridge-name><component-name>c0</component-name></bridge-port>
                  </interface>
                  <interface><name>Ethernet3</name><type %2$s>ianaift:ethernetCsmacd</type><enabled>true</enabled>
                    <bridge-port xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge"><bridge-name>br0</bridge-name><component-name>c0</component-name>
                      <port-type %3$s>dot1q:c-vlan-bridge-port</port-type><acceptable-frame>admit-only-VLAN-tagged-frames</acceptable-frame></bridge-port>
                  </interface>
                </interfaces>
                <bridges xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge">
                  <bridge><name>br0</name><address>02-00-00-00-00-01</address><bridge-type %3$s>dot1q:customer-vlan-bridge</bridge-type>
                    <component><name>c0</name><type %3$s>dot1q:c-vlan-component</type>
                      <filtering-database>
                        <vlan-registration-entry><database-id>1</database-id><vids>10</vids><entry-type>static</entry-type>
                          <port-map><port-ref>1</port-ref><static-vlan-registration-entries><vlan-transmitted>untagged</vlan-transmitted></static-vlan-registration-entries></port-map>
                          <port-map><port-ref>2</port-ref><static-vlan-registration-entries><vlan-transmitted>tagged</vlan-transmitted></static-vlan-registration-entries></port-map>
                        </vlan-registration-entry>
                        <vlan-registration-entry><database-id>1</database-id><vids>20</vids><entry-type>static</entry-type>
                          <port-map><port-ref>2</port-ref><static-vlan-registration-entries><vlan-transmitted>tagged</vlan-transmitted></static-vlan-registration-entries></port-map>
                        </vlan-registration-entry>
                      </filtering-database>
                      <bridge-vlan><vlan><vid>10</vid><name>public</name></vlan><vlan><vid>20</vid><name>social</name></vlan></bridge-vlan>
                    </component>
                  </bridge>
                </bridges>
                """.formatted(hostname, IANAIFT, DOT1Q);
        return new ConfigPayload(device, xml, List.of(
                new Subtree(IetfPlatform.SYSTEM, "system"),
                new Subtree(IetfPlatform.INTERFACES, "interfaces"),
                new Subtree(IetfPlatform.BRIDGE, "bridges")));
    }

    @Override
    protected String peerConfig(String hostname) {
        StringBuilder s = new StringBuilder("<system xmlns=\"urn:ietf:params:xml:ns:yang:ietf-system\"><hostname>")
                .append(hostname).append("</hostname></system><interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">");
        for (String p : List.of("Ethernet1", "Ethernet2", "Ethernet3")) {
            s.append("<interface><name>").append(p).append("</name><type ").append(IANAIFT)
                    .append(">ianaift:ethernetCsmacd</type><enabled>true</enabled></interface>");
        }
        return s.append("</interfaces>").toString();
    }

    @Override
    protected String descriptionEdit(String port, String description) {
        return "<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><interface><name>" + port
                + "</name><description>" + description + "</description></interface></interfaces>";
    }

    @Override
    protected String descriptionPath(String port) {
        return "/interfaces/interface[name=" + port + "]/description";
    }

    /**
     * What an IETF switch carries besides the golden: the management port eth0 with its address
     * (ietf-ip), NTP, a local user with a password hash, the contact, LLDP's transmit interval and a
     * bridge of its own (valid against the published models, the address as RFC 8344's ietf-ip has
     * it, which the shared YANG folder lacks; ietf-network-instance is not in this platform's model
     * set, so there is no management VRF).
     */
    private static final String UNMANAGED = """
            <system xmlns="urn:ietf:params:xml:ns:yang:ietf-system">
              <contact>noc@example.net</contact>
              <ntp><enabled>true</enabled><server><name>ntp1</name><udp><address>192.0.2.1</address></udp></server></ntp>
              <authentication><user><name>netops</name><password>$6$Kq2n8sLwQe4t$kOavqEvyJOiB19BDLkNtimRiBsBSf9GjbZ0.gzRfXVbTgoNILNEeL9IzJySET//roBgRgGDyKc3e2APDY63Nn/</password></user></authentication>
            </system>
            <interfaces xmlns="urn:ietf:params:xml:ns:yang:ietf-interfaces">
              <interface><name>eth0</name><description>out-of-band management</description>
                <type xmlns:ianaift="urn:ietf:params:xml:ns:yang:iana-if-type">ianaift:ethernetCsmacd</type><enabled>true</enabled>
                <ipv4 xmlns="urn:ietf:params:xml:ns:yang:ietf-ip"><address><ip>192.0.2.10</ip><prefix-length>24</prefix-length></address></ipv4>
              </interface>
            </interfaces>
            <bridges xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge" xmlns:dot1q="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge">
              <bridge><name>br-lab</name><address>02-00-00-00-00-99</address><bridge-type>dot1q:customer-vlan-bridge</bridge-type>
                <component><name>c9</name><type>dot1q:c-vlan-component</type></component></bridge>
            </bridges>
            <lldp xmlns="urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp"><message-tx-interval>10</message-tx-interval></lldp>
            """;

    @Override
    protected String unmanagedConfig() {
        return UNMANAGED;
    }

    @Override
    protected String unmanagedFilter() {
        return "<system xmlns=\"urn:ietf:params:xml:ns:yang:ietf-system\"><contact/><ntp/><authentication/></system>"
                + "<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><interface><name>eth0</name></interface></interfaces>"
                + "<bridges xmlns=\"urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge\"><bridge><name>br-lab</name></bridge></bridges>"
                + "<lldp xmlns=\"urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp\"><message-tx-interval/></lldp>";
    }

    @Override
    protected Optional<String> managementPort() {
        return Optional.of("eth0");
    }
}
