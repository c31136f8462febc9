package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.platform.DeviceXml;
import org.w3c.dom.Element;

/** A replace touches only the areas switchover owns, never the rest of a Junos configuration. */
class JunosConfigTest {

    private static final String ROOT = "http://yang.juniper.net/junos-ex/conf/root";

    private static ConfigPayload payload(String inner) {
        return new ConfigPayload("ex-1", "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><configuration xmlns=\"" + ROOT + "\">"
                + inner + "</configuration></config>", List.of(JunosConfig.CONFIGURATION));
    }

    @Test
    void aReplaceReplacesTheOwnedAreasAndRemovesThoseThePayloadLeavesOut() {
        String edit = JunosConfig.editConfig(payload("<system xmlns=\"http://yang.juniper.net/junos-ex/conf/system\"><host-name>ex-1</host-name>"
                + "</system><interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\"><interface><name>ge-0/0/0</name>"
                + "</interface></interfaces>"), LoadMode.REPLACE);
        Element config = DeviceXml.parse(edit, "edit");
        Element configuration = DeviceXml.children(config).get(0);
        assertThat(configuration.getAttributeNS("urn:ietf:params:xml:ns:netconf:base:1.0", "operation")).as("the root is merged").isEmpty();
        Element system = DeviceXml.children(configuration).get(0);
        assertThat(system.getAttributeNS("urn:ietf:params:xml:ns:netconf:base:1.0", "operation")).as("system is merged").isEmpty();
        assertThat(operation(config, "host-name")).isEqualTo("replace");
        assertThat(operation(config, "interfaces")).isEqualTo("replace");
        assertThat(operation(config, "vlans")).isEqualTo("remove");
        assertThat(operation(config, "lldp")).isEqualTo("remove");
        assertThat(config.getElementsByTagNameNS("*", "protocols").item(0)).satisfies(p ->
                assertThat(((Element) p).getAttributeNS("urn:ietf:params:xml:ns:netconf:base:1.0", "operation")).isEmpty());
    }

    @Test
    void aMergeGoesAsItIs() {
        String edit = JunosConfig.editConfig(payload("<interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\"><interface>"
                + "<name>ge-0/0/0</name><disable/></interface></interfaces>"), LoadMode.MERGE);
        assertThat(edit).doesNotContain("operation=").contains("<disable/>");
    }

    @Test
    void aPayloadWithoutTheConfigurationRootIsRefusedNamingTheDevice() {
        ConfigPayload oc = new ConfigPayload("ex-1", "<system xmlns=\"http://openconfig.net/yang/system\"/>", List.of(JunosConfig.CONFIGURATION));
        assertThatThrownBy(() -> JunosConfig.editConfig(oc, LoadMode.REPLACE)).hasMessageContaining("ex-1").hasMessageContaining(ROOT);
    }

    @Test
    void emptyLeavesBecomeVisibleToTheDiff() {
        Element data = JunosConfig.intended(payload("<interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\"><interface>"
                + "<name>ge-0/0/0</name><disable/></interface></interfaces>"));
        assertThat(data.getElementsByTagNameNS("*", "disable").item(0).getTextContent()).isNotEmpty();
    }

    private static String operation(Element root, String local) {
        return ((Element) root.getElementsByTagNameNS("*", local).item(0)).getAttributeNS("urn:ietf:params:xml:ns:netconf:base:1.0", "operation");
    }
}
