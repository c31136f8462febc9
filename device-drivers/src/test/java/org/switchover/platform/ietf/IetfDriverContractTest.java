package org.switchover.platform.ietf;

import java.util.List;
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
}
