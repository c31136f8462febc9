package org.switchover.lab.config;

/**
 * What a Catalyst carries before switchover ever talks to it, all outside what switchover owns in
 * {@code native}: a login with a secret hash, SSH version 2, the management port
 * {@value #PORT} in {@code Mgmt-vrf} with its address, and a VLAN no site models. Every lab
 * IOS-XE switch starts with it under its initial configuration, as a real one must to be reached
 * over NETCONF at all, so that a push, a rollback or an audit that reaches beyond its areas shows.
 * Valid against Cisco's IOS XE 26.1.1 native models.
 */
public final class IosxeManagement {

    /** The out-of-band management port of a Catalyst 9000, which no site models. */
    public static final String PORT = "GigabitEthernet0/0";

    /** The unmanaged configuration, as a {@code native} element. */
    public static final String CONFIG = """
            <native xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-native">
              <username>
                <name>netops</name>
                <privilege>15</privilege>
                <secret>
                  <encryption>9</encryption>
                  <secret>$9$q2CkL3nV5dEa4U$4mXyX1Jv0sKJ7pQy1h8mZc2Nw0bQf6tRk3yLa9uIe1o</secret>
                </secret>
              </username>
              <vrf>
                <definition>
                  <name>Mgmt-vrf</name>
                  <address-family>
                    <ipv4/>
                    <ipv6/>
                  </address-family>
                </definition>
              </vrf>
              <ip>
                <ssh>
                  <authentication-retries>3</authentication-retries>
                  <time-out>60</time-out>
                  <ssh-version>2</ssh-version>
                </ssh>
              </ip>
              <vlan>
                <vlan-list xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-vlan">
                  <id>999</id>
                  <name>oob-cameras</name>
                </vlan-list>
              </vlan>
              <interface>
                <GigabitEthernet>
                  <name>0/0</name>
                  <description>out-of-band management</description>
                  <vrf>
                    <forwarding>Mgmt-vrf</forwarding>
                  </vrf>
                  <ip>
                    <address>
                      <primary>
                        <address>192.0.2.10</address>
                        <mask>255.255.255.0</mask>
                      </primary>
                    </address>
                  </ip>
                </GigabitEthernet>
              </interface>
            </native>
            """;

    private IosxeManagement() {}

    /** {@code initial} (a {@code <config>} root) on top of {@link #CONFIG}: what the initial configuration sets wins. */
    public static XmlNode under(XmlNode initial, Schema schema) {
        XmlNode root = XmlReader.parseConfig(CONFIG, "the management configuration of a lab IOS-XE switch");
        EditEngine.Outcome merged = new EditEngine(schema).apply(root, initial, "merge", false);
        if (!merged.ok()) throw new IllegalArgumentException("cannot merge the initial configuration: " + merged.errors());
        return root;
    }
}
