package org.switchover.platform.openconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.driver.LoadMode;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedSubtrees;
import org.switchover.platform.eos.EosPlatform;
import org.w3c.dom.Element;

/** What an openconfig or eos golden owns of a switch, and the XML a replace, a saved copy and a restore make of it. */
class OpenConfigOwnedAreasTest {

    private static final String NC = "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\"";

    /** As the eos role templates render it: hostname, two ports, VLAN 10 in the default instance, LLDP. */
    private static final ConfigPayload GOLDEN = new ConfigPayload("acc-9", """
            <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
            <system xmlns="http://openconfig.net/yang/system"><config><hostname>acc-9</hostname></config></system>
            <interfaces xmlns="http://openconfig.net/yang/interfaces">
              <interface><name>Ethernet1</name><config><name>Ethernet1</name><description>desk</description></config></interface>
              <interface><name>Ethernet2</name><config><name>Ethernet2</name><description>unused</description></config></interface>
            </interfaces>
            <network-instances xmlns="http://openconfig.net/yang/network-instance">
              <network-instance><name>default</name><config><name>default</name></config>
                <vlans><vlan><vlan-id>10</vlan-id><config><vlan-id>10</vlan-id><name>public</name></config></vlan></vlans>
              </network-instance>
            </network-instances>
            <lldp xmlns="http://openconfig.net/yang/lldp"><config><enabled>true</enabled></config>
              <interfaces><interface><name>Ethernet1</name><config><name>Ethernet1</name><enabled>true</enabled></config></interface></interfaces>
            </lldp>
            </config>""", List.of(
            new Subtree(OpenConfigPlatform.SYSTEM, "system"), new Subtree(OpenConfigPlatform.INTERFACES, "interfaces"),
            new Subtree(OpenConfigPlatform.NETWORK_INSTANCE, "network-instances"), new Subtree(OpenConfigPlatform.LLDP, "lldp")));

    /** A real Arista's running configuration of the same areas: Management1 with its address in MGMT, a user, ssh, an unmodelled VLAN. */
    private static final String RUNNING = """
            <data xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
            <system xmlns="http://openconfig.net/yang/system"><config><hostname>old</hostname><domain-name>example.net</domain-name></config>
              <ssh-server><config><enable>true</enable></config></ssh-server>
              <aaa><authentication><users><user><username>netops</username><config><username>netops</username>
                <password-hashed>$6$abcdefgh$abcdefghijklmnop</password-hashed></config></user></users></authentication></aaa></system>
            <interfaces xmlns="http://openconfig.net/yang/interfaces">
              <interface><name>Management1</name><config><name>Management1</name></config>
                <subinterfaces><subinterface><index>0</index><ipv4 xmlns="http://openconfig.net/yang/interfaces/ip"><addresses><address>
                  <ip>192.0.2.10</ip></address></addresses></ipv4></subinterface></subinterfaces></interface>
              <interface><name>Ethernet1</name><config><name>Ethernet1</name><description>old desk</description></config></interface>
            </interfaces>
            <network-instances xmlns="http://openconfig.net/yang/network-instance">
              <network-instance><name>MGMT</name><config><name>MGMT</name></config></network-instance>
              <network-instance><name>default</name><config><name>default</name></config>
                <vlans><vlan><vlan-id>999</vlan-id><config><vlan-id>999</vlan-id><name>oob</name></config></vlan>
                  <vlan><vlan-id>10</vlan-id><config><vlan-id>10</vlan-id><name>old</name></config></vlan></vlans>
              </network-instance>
            </network-instances>
            <lldp xmlns="http://openconfig.net/yang/lldp"><config><enabled>true</enabled><hello-timer>10</hello-timer></config></lldp>
            </data>""";

    @Test
    void aGoldenOwnsTheHostnameTheEntriesItRendersAndLldpEnabledNeverATopLevelTreeWhole() {
        List<String> areas = paths(new OpenConfigPlatform().ownedAreas(GOLDEN));
        assertThat(areas).containsExactly(
                "/system/config/hostname",
                "/interfaces/interface[name=Ethernet1]", "/interfaces/interface[name=Ethernet2]",
                "/network-instances/network-instance[name=default]/vlans/vlan[vlan-id=10]",
                "/lldp/config/enabled", "/lldp/interfaces/interface[name=Ethernet1]");
        assertThat(paths(new EosPlatform().ownedAreas(GOLDEN))).as("eos keeps the openconfig paths").isEqualTo(areas);
    }

    @Test
    void aReplaceMarksOnlyTheAreasAndLeavesTheTopLevelElementsToMerge() {
        String body = OwnedSubtrees.editConfig(GOLDEN, new EosPlatform().ownedAreas(GOLDEN), LoadMode.REPLACE);
        assertThat(body).doesNotContainPattern("<(system|interfaces|network-instances|network-instance|lldp|config)[^>]*nc:operation");
        assertThat(body).contains("<hostname " + NC + " nc:operation=\"replace\">acc-9</hostname>",
                "<enabled " + NC + " nc:operation=\"replace\">true</enabled>");
        assertThat(count(body, "<interface " + NC + " nc:operation=\"replace\">")).as("two ports and one LLDP interface").isEqualTo(3);
        assertThat(count(body, "<vlan " + NC + " nc:operation=\"replace\">")).isEqualTo(1);
    }

    @Test
    void aGoldenThatLeavesTheHostnameOutRemovesItAndNothingElse() {
        ConfigPayload bare = new ConfigPayload("acc-9", "<system xmlns=\"http://openconfig.net/yang/system\"/>",
                List.of(new Subtree(OpenConfigPlatform.SYSTEM, "system")));
        String body = OwnedSubtrees.editConfig(bare, new OpenConfigPlatform().ownedAreas(bare), LoadMode.REPLACE);
        assertThat(body).contains("<config><hostname " + NC + " nc:operation=\"remove\"/></config>")
                .doesNotContainPattern("<system[^>]*nc:operation");
    }

    @Test
    void theSavedCopyAndItsRestoreHoldOnlyTheAreasNotTheManagementOfTheSwitch() {
        List<OwnedArea> areas = new EosPlatform().ownedAreas(GOLDEN);
        Element saved = OwnedSubtrees.selectAreas(DeviceXml.parse(RUNNING, "running"), areas);
        String copy = DeviceXml.print(saved);
        assertThat(copy).contains("<hostname>old</hostname>", "old desk", "<name>old</name>")
                .doesNotContain("Management1", "192.0.2.10", "MGMT", "netops", "$6$", "domain-name", "ssh-server", "hello-timer", "999");
        String restore = OwnedSubtrees.restoreAreas(saved, areas);
        assertThat(restore).doesNotContain("Management1", "MGMT", "netops", "999", "hello-timer")
                .contains("<hostname " + NC + " nc:operation=\"replace\">old</hostname>")
                .as("what was not there before the push is removed").contains("<name>Ethernet2</name>", "nc:operation=\"remove\"");
    }

    private static List<String> paths(List<OwnedArea> areas) {
        return areas.stream().map(OpenConfigOwnedAreasTest::path).toList();
    }

    private static String path(OwnedArea area) {
        StringBuilder out = new StringBuilder();
        for (OwnedArea.Step s : area.path()) {
            out.append('/').append(s.name());
            s.keys().forEach((k, v) -> out.append('[').append(k).append('=').append(v).append(']'));
        }
        return out.toString();
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
