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

    private static final String IFS = "http://yang.juniper.net/junos-ex/conf/interfaces";
    private static final String NC = "urn:ietf:params:xml:ns:netconf:base:1.0";

    @Test
    void aReplaceReplacesTheOwnedLeavesAndTheRenderedEntriesNeverTheirLists() {
        String edit = JunosConfig.editConfig(payload("<system xmlns=\"http://yang.juniper.net/junos-ex/conf/system\"><host-name>ex-1</host-name>"
                + "</system><interfaces xmlns=\"" + IFS + "\"><interface><name>ge-0/0/0</name>"
                + "</interface><interface><name>ge-0/0/1</name></interface></interfaces>"), LoadMode.REPLACE);
        Element config = DeviceXml.parse(edit, "edit");
        Element configuration = DeviceXml.children(config).get(0);
        assertThat(configuration.getAttributeNS(NC, "operation")).as("the root is merged").isEmpty();
        Element system = DeviceXml.children(configuration).get(0);
        assertThat(system.getAttributeNS(NC, "operation")).as("system is merged").isEmpty();
        assertThat(operation(config, "host-name")).isEqualTo("replace");
        assertThat(operation(config, "interfaces")).as("interfaces is merged: em0, irb, lo0 stay").isEmpty();
        assertThat(operations(config, "interface")).containsExactly("replace", "replace");
        assertThat(config.getElementsByTagNameNS("*", "vlans").getLength()).as("no VLAN rendered, none touched").isZero();
        assertThat(operation(config, "lldp")).isEqualTo("remove");
        assertThat(config.getElementsByTagNameNS("*", "protocols").item(0)).satisfies(p ->
                assertThat(((Element) p).getAttributeNS(NC, "operation")).isEmpty());
    }

    @Test
    void theFilterReadsTheOwnedLeavesAndOnlyTheEntriesThePayloadRenders() {
        String filter = JunosConfig.filter(payload("<interfaces xmlns=\"" + IFS + "\"><interface><name>ge-0/0/0</name><description>x</description>"
                + "</interface><interface><name>xe-0/0/1:2</name></interface></interfaces>"));
        Element f = DeviceXml.parse(filter, "filter");
        assertThat(f.getElementsByTagNameNS("*", "host-name").getLength()).isEqualTo(1);
        assertThat(f.getElementsByTagNameNS("*", "lldp").getLength()).isEqualTo(1);
        assertThat(names(f, "interface")).containsExactly("ge-0/0/0", "xe-0/0/1:2");
        assertThat(f.getElementsByTagNameNS("*", "description").getLength()).as("selection by key only").isZero();
        assertThat(f.getElementsByTagNameNS("*", "vlans").getLength()).as("an empty selection node would read every VLAN").isZero();
    }

    @Test
    void aRestorePutsBackTheSavedEntriesAndRemovesThoseThePushAdded() {
        ConfigPayload pushed = payload("<interfaces xmlns=\"" + IFS + "\"><interface><name>ge-0/0/0</name><description>new</description>"
                + "</interface><interface><name>ge-0/0/1</name></interface></interfaces>");
        Element saved = DeviceXml.parse("<data xmlns=\"" + NC + "\"><configuration xmlns=\"" + ROOT + "\"><interfaces xmlns=\"" + IFS + "\">"
                + "<interface><name>ge-0/0/0</name><description>old</description></interface></interfaces></configuration></data>", "saved");
        Element restore = DeviceXml.parse(JunosConfig.restore(saved, pushed), "restore");
        assertThat(names(restore, "interface")).containsExactly("ge-0/0/0", "ge-0/0/1");
        assertThat(operations(restore, "interface")).containsExactly("replace", "remove");
        assertThat(restore.getElementsByTagNameNS("*", "description").item(0).getTextContent()).isEqualTo("old");
        assertThat(operation(restore, "host-name")).as("the saved copy had no host-name: the push set it").isEqualTo("remove");
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

    private static List<String> operations(Element root, String local) {
        var nodes = root.getElementsByTagNameNS("*", local);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> ((Element) nodes.item(i)).getAttributeNS(NC, "operation")).toList();
    }

    private static List<String> names(Element root, String local) {
        var nodes = root.getElementsByTagNameNS("*", local);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> DeviceXml.children((Element) nodes.item(i)).get(0).getTextContent()).toList();
    }

    private static String operation(Element root, String local) {
        return ((Element) root.getElementsByTagNameNS("*", local).item(0)).getAttributeNS("urn:ietf:params:xml:ns:netconf:base:1.0", "operation");
    }
}
