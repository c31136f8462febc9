package org.switchover.platform.iosxe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedArea.Step;
import org.switchover.platform.OwnedSubtrees;
import org.switchover.platform.YangData;
import org.w3c.dom.Element;

/** What an IOS-XE golden owns of {@code native}, and the XML that replaces, reads and restores exactly that. */
class IosXeOwnedAreasTest {

    private static final String NATIVE = IosXePlatform.NATIVE;
    private static final String VLAN = IosXePlatform.VLAN;
    private static final String LLDP = IosXePlatform.LLDP;
    private static final String NC = OwnedSubtrees.NETCONF;

    private final ConfigPayload golden = new ConfigPayload("acc-1", """
            <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
              <native xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-native">
                <hostname>acc-1</hostname>
                <vlan><vlan-list xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-vlan"><id>10</id><name>desks</name></vlan-list></vlan>
                <interface>
                  <GigabitEthernet><name>1/0/1</name><description>desk</description></GigabitEthernet>
                  <TenGigabitEthernet><name>1/1/1</name><description>uplink</description></TenGigabitEthernet>
                </interface>
                <lldp xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-lldp"><run/></lldp>
              </native>
            </config>""", List.of(new ConfigPayload.Subtree(NATIVE, "native")));

    private final List<OwnedArea> areas = new IosXePlatform().ownedAreas(golden);

    @Test
    void theGoldenOwnsItsHostnameVlansPortsAndLldpRunNeverNative() {
        assertThat(areas).containsExactly(
                area(Step.of(NATIVE, "hostname")),
                area(Step.of(NATIVE, "vlan"), new Step(VLAN, "vlan-list", Map.of("id", "10"))),
                area(Step.of(NATIVE, "interface"), new Step(NATIVE, "GigabitEthernet", Map.of("name", "1/0/1"))),
                area(Step.of(NATIVE, "interface"), new Step(NATIVE, "TenGigabitEthernet", Map.of("name", "1/1/1"))),
                area(Step.of(LLDP, "lldp"), Step.of(LLDP, "run")));
        assertThat(areas).noneMatch(OwnedArea::isWhole);
    }

    @Test
    void aReplaceMarksEachOwnedAreaAndNotNative() {
        YangData config = YangData.root(DeviceXml.parse(OwnedSubtrees.editConfig(golden, areas, LoadMode.REPLACE), "edit"));
        YangData nativeRoot = config.child(NATIVE, "native").orElseThrow();
        assertThat(operation(nativeRoot)).isEmpty();
        assertThat(operation(nativeRoot.child(NATIVE, "hostname").orElseThrow())).isEqualTo("replace");
        assertThat(operation(nativeRoot.child(NATIVE, "vlan").orElseThrow())).isEmpty();
        assertThat(operation(nativeRoot.at(NATIVE, "vlan").orElseThrow().child(VLAN, "vlan-list").orElseThrow())).isEqualTo("replace");
        assertThat(operation(nativeRoot.child(NATIVE, "interface").orElseThrow())).isEmpty();
        assertThat(nativeRoot.child(NATIVE, "interface").orElseThrow().children(NATIVE, "GigabitEthernet"))
                .singleElement().satisfies(e -> assertThat(operation(e)).isEqualTo("replace"));
        assertThat(operation(nativeRoot.at(LLDP, "lldp", "run").orElseThrow())).isEqualTo("replace");
        assertThat(operation(nativeRoot.child(LLDP, "lldp").orElseThrow())).isEmpty();
    }

    @Test
    void aGoldenWithoutHostnameRemovesItButLeavesVlansAndPortsItDoesNotRenderAlone() {
        ConfigPayload bare = new ConfigPayload("acc-1", "<native xmlns=\"" + NATIVE + "\"><interface><GigabitEthernet><name>1/0/2</name>"
                + "</GigabitEthernet></interface></native>", golden.ownedSubtrees());
        String edit = OwnedSubtrees.editConfig(bare, new IosXePlatform().ownedAreas(bare), LoadMode.REPLACE);
        assertThat(edit).contains("<hostname xmlns:nc=\"" + NC + "\" nc:operation=\"remove\"/>")
                .contains("<run xmlns:nc=\"" + NC + "\" nc:operation=\"remove\"/>")
                .doesNotContain("vlan-list").doesNotContain("1/0/1");
    }

    @Test
    void theFilterSelectsTheAreasOnlyWithKeysAsContentMatches() {
        assertThat(OwnedSubtrees.areaFilter(areas)).isEqualTo("<native xmlns=\"" + NATIVE + "\"><hostname/>"
                + "<vlan><vlan-list xmlns=\"" + VLAN + "\"><id>10</id></vlan-list></vlan>"
                + "<interface><GigabitEthernet><name>1/0/1</name></GigabitEthernet><TenGigabitEthernet><name>1/1/1</name></TenGigabitEthernet></interface>"
                + "<lldp xmlns=\"" + LLDP + "\"><run/></lldp></native>");
    }

    @Test
    void whatAServerReturnsBeyondTheAreasIsDroppedAndTheRestoreCoversTheAreasOnly() {
        Element running = DeviceXml.parse("<data xmlns=\"" + NC + "\"><native xmlns=\"" + NATIVE + "\"><hostname>old</hostname>"
                + "<username><name>netops</name><secret><encryption>9</encryption><secret>$9$abcdefghijklmn</secret></secret></username>"
                + "<vlan><vlan-list xmlns=\"" + VLAN + "\"><id>999</id><name>oob</name></vlan-list></vlan>"
                + "<interface><GigabitEthernet><name>0/0</name><description>mgmt</description></GigabitEthernet>"
                + "<GigabitEthernet><name>1/0/1</name><description>old desk</description></GigabitEthernet></interface>"
                + "</native></data>", "running");
        Element selected = OwnedSubtrees.selectAreas(running, areas);
        String printed = DeviceXml.print(selected);
        assertThat(printed).contains("old", "old desk").doesNotContain("netops", "$9$", "999", "0/0", "mgmt");

        String restore = OwnedSubtrees.restoreAreas(selected, areas);
        assertThat(restore).doesNotContain("netops", "0/0", "999")
                .contains("<vlan-list xmlns=\"" + VLAN + "\" xmlns:nc=\"" + NC + "\" nc:operation=\"remove\"><id>10</id></vlan-list>")
                .contains("<TenGigabitEthernet xmlns:nc=\"" + NC + "\" nc:operation=\"remove\"><name>1/1/1</name></TenGigabitEthernet>")
                .doesNotContain("<native xmlns:nc");
        YangData r = YangData.root(DeviceXml.parse(restore, "restore"));
        assertThat(operation(r.at(NATIVE, "native", "hostname").orElseThrow())).isEqualTo("replace");
        assertThat(r.at(NATIVE, "native", "hostname").orElseThrow().element().getTextContent()).isEqualTo("old");
    }

    @Test
    void aRestoreLoadedAsAReplaceKeepsItsRemovals() {
        Element saved = DeviceXml.parse("<data xmlns=\"" + NC + "\"><native xmlns=\"" + NATIVE + "\"><hostname>old</hostname></native></data>", "saved");
        ConfigPayload restore = new ConfigPayload("acc-1", OwnedSubtrees.restoreAreas(saved, areas), golden.ownedSubtrees());
        List<OwnedArea> again = new IosXePlatform().ownedAreas(restore);
        assertThat(again).containsExactlyElementsOf(areas);
        assertThat(OwnedSubtrees.editConfig(restore, again, LoadMode.REPLACE))
                .contains("nc:operation=\"remove\"><name>1/0/1</name></GigabitEthernet>")
                .contains("nc:operation=\"replace\">old</hostname>");
    }

    @Test
    void platformsThatNarrowNothingOwnTheirSubtreesWhole() {
        ConfigPayload oc = new ConfigPayload("x", "<system xmlns=\"urn:oc\"/>", List.of(new ConfigPayload.Subtree("urn:oc", "system")));
        assertThat(new org.switchover.platform.openconfig.OpenConfigPlatform().ownedAreas(oc))
                .containsExactly(OwnedArea.whole(new ConfigPayload.Subtree("urn:oc", "system")));
    }

    private static OwnedArea area(Step... below) {
        List<Step> path = new java.util.ArrayList<>(List.of(Step.of(NATIVE, "native")));
        path.addAll(List.of(below));
        return new OwnedArea(path);
    }

    private static String operation(YangData node) {
        return node.element().getAttributeNS(NC, "operation");
    }
}
