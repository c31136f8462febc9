package org.switchover.platform.ietf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.driver.LoadMode;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedSubtrees;
import org.w3c.dom.Element;

/** What an ietf golden owns of a switch: the hostname, the interface, bridge and LLDP port entries it renders. */
class IetfOwnedAreasTest {

    /** As the ietf role templates render it (shortened): hostname, one port, bridge br0, the port's LLDP entry. */
    private static final ConfigPayload GOLDEN = new ConfigPayload("dist-3", """
            <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
            <system xmlns="urn:ietf:params:xml:ns:yang:ietf-system"><hostname>dist-3</hostname></system>
            <interfaces xmlns="urn:ietf:params:xml:ns:yang:ietf-interfaces"><interface><name>eth1</name><enabled>true</enabled></interface></interfaces>
            <bridges xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge"><bridge><name>br0</name><address>02-00-00-00-00-01</address></bridge></bridges>
            <lldp xmlns="urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp">
              <port><name>eth1</name><dest-mac-address>01-80-C2-00-00-0E</dest-mac-address><admin-status>tx-and-rx</admin-status></port>
            </lldp>
            </config>""", List.of(new Subtree(IetfPlatform.SYSTEM, "system"), new Subtree(IetfPlatform.INTERFACES, "interfaces"),
            new Subtree(IetfPlatform.BRIDGE, "bridges"), new Subtree(IetfPlatform.LLDP, "lldp")));

    private final List<OwnedArea> areas = new IetfPlatform().ownedAreas(GOLDEN);

    @Test
    void aGoldenOwnsItsEntriesAndTheHostnameLeafAnLldpPortByBothKeysInYangOrder() {
        assertThat(areas).extracting(a -> a.path().get(a.path().size() - 1).name())
                .containsExactly("hostname", "interface", "bridge", "port");
        assertThat(areas.get(3).path().get(1).keys()).containsExactly(Map.entry("name", "eth1"), Map.entry("dest-mac-address", "01-80-C2-00-00-0E"));
        assertThat(areas).noneMatch(OwnedArea::isWhole);
    }

    @Test
    void aRestoreRemovesAnLldpPortThatWasNotThereByBothKeysAndLeavesTheGlobalTimers() {
        Element saved = DeviceXml.parse("""
                <data xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
                <system xmlns="urn:ietf:params:xml:ns:yang:ietf-system"><hostname>old</hostname>
                  <authentication><user><name>netops</name></user></authentication></system>
                <interfaces xmlns="urn:ietf:params:xml:ns:yang:ietf-interfaces"><interface><name>eth0</name></interface></interfaces>
                <bridges xmlns="urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge"><bridge><name>br-lab</name></bridge></bridges>
                <lldp xmlns="urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp"><message-tx-interval>10</message-tx-interval></lldp>
                </data>""", "running");
        String restore = OwnedSubtrees.restoreAreas(OwnedSubtrees.selectAreas(saved, areas), areas);
        assertThat(restore).doesNotContain("netops", "eth0", "br-lab", "message-tx-interval")
                .contains("<port xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"><name>eth1</name>"
                        + "<dest-mac-address>01-80-C2-00-00-0E</dest-mac-address></port>");
    }

    @Test
    void aReplaceReplacesTheBridgeEntryNotTheBridgesContainer() {
        String body = OwnedSubtrees.editConfig(GOLDEN, areas, LoadMode.REPLACE);
        String replace = " xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"replace\">";
        assertThat(body).contains("<bridge" + replace + "<name>br0</name>", "<interface" + replace, "<port" + replace, "<hostname" + replace)
                .doesNotContainPattern("<(bridges|lldp|system|interfaces)[^>]*nc:operation");
    }
}
