package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The iosxe templates render Cisco-IOS-XE-native with interfaces keyed by type and number. */
class IosXeTemplatesTest {

    static final Site BRANCH = SiteLoader.defaults().loadOrThrow(Path.of("sites/cisco-branch/site.yaml"));

    @Test
    void accessSwitchPortsAreSplitIntoTypeAndNumber() throws Exception {
        RenderedConfig c = Renderer.builtIn().render(BRANCH, BRANCH.device("acc-1"), false);
        Document doc = parse(c.xml());

        assertThat(c.ownedSubtrees()).containsExactly(new OwnedSubtree("http://cisco.com/ns/yang/Cisco-IOS-XE-native", "native"));
        assertThat(text(doc, "/config/native/hostname")).isEqualTo("acc-1");
        assertThat(count(doc, "/config/native/interface/GigabitEthernet")).isEqualTo(48);
        assertThat(count(doc, "/config/native/interface/TenGigabitEthernet")).isEqualTo(4);
        String desk = "/config/native/interface/GigabitEthernet[name='1/0/7']";
        assertThat(text(doc, desk + "/description")).isEqualTo("Office desk");
        assertThat(text(doc, desk + "/switchport-config/switchport/access/vlan/vlan")).isEqualTo("110");
        assertThat(count(doc, desk + "/switchport-config/switchport/mode/access")).isEqualTo(1);
        assertThat(count(doc, desk + "/shutdown")).isZero();
        assertThat(text(doc, "/config/native/interface/GigabitEthernet[name='1/0/41']/mtu")).isEqualTo("9198");
        String uplink = "/config/native/interface/TenGigabitEthernet[name='1/1/1']";
        assertThat(text(doc, uplink + "/switchport-config/switchport/trunk/allowed/vlan-v2/vlan-choices/vlans")).isEqualTo("110,120,300");
        assertThat(text(doc, uplink + "/description")).isEqualTo("link to core-1:TwentyFiveGigE1/0/1");
        String unused = "/config/native/interface/GigabitEthernet[name='1/0/45']";
        assertThat(count(doc, unused + "/shutdown")).isEqualTo(1);
        assertThat(count(doc, unused + "/switchport-config")).isZero();
        assertThat(List.of(text(doc, "/config/native/vlan/vlan-list[id='110']/name"), text(doc, "/config/native/vlan/vlan-list[id='300']/name")))
                .containsExactly("office", "cctv");
        assertThat(count(doc, "/config/native/lldp/run")).isEqualTo(1);
        assertThat(text(doc, desk + "/lldp/transmit")).isEqualTo("true");
    }

    @Test
    void trunkVlansAreWrittenAsIosXeWritesThemWithRunsOfThreeOrMoreAsRanges() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("sites/cisco-branch/site.yaml"))
                .replace("  - { a: \"core-1:TwentyFiveGigE1/0/3\", b: \"acc-2:TenGigabitEthernet1/1/2\" }",
                        "  - { a: \"core-1:TwentyFiveGigE1/0/3\", b: \"acc-2:TenGigabitEthernet1/1/2\", vlans: [\"10-12\", 20, 30, 31, \"40-44\", 50] }")
                .replace("vlans:\n  - { id: 110", "vlans:\n" + vlanLines() + "  - { id: 110");
        Site site = SiteLoader.defaults().parse(Path.of("sites/cisco-branch/site.yaml"), yaml).get();
        Document doc = parse(Renderer.builtIn().render(site, site.device("acc-2"), false).xml());
        assertThat(text(doc, "/config/native/interface/TenGigabitEthernet[name='1/1/2']/switchport-config/switchport/trunk/allowed/vlan-v2/vlan-choices/vlans"))
                .isEqualTo("10-12,20,30,31,40-44,50");
    }

    private static String vlanLines() {
        StringBuilder s = new StringBuilder();
        for (int id : new int[] {10, 11, 12, 20, 30, 31, 40, 41, 42, 43, 44, 50}) {
            s.append("  - { id: ").append(id).append(", name: v").append(id).append(", service: office }\n");
        }
        return s.toString();
    }

    @Test
    void stagedVariantShutsEdgePortsButNotLinks() throws Exception {
        Document doc = parse(Renderer.builtIn().render(BRANCH, BRANCH.device("acc-1"), true).xml());
        assertThat(count(doc, "/config/native/interface/GigabitEthernet[name='1/0/7']/shutdown")).isEqualTo(1);
        assertThat(count(doc, "/config/native/interface/TenGigabitEthernet[name='1/1/1']/shutdown")).isZero();
    }

    @Test
    void coreRendersItsHundredGigPortsShut() throws Exception {
        Document doc = parse(Renderer.builtIn().render(BRANCH, BRANCH.device("core-1"), false).xml());
        assertThat(count(doc, "/config/native/interface/TwentyFiveGigE")).isEqualTo(24);
        assertThat(count(doc, "/config/native/interface/HundredGigE[name='1/0/28']/shutdown")).isEqualTo(1);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document doc, String path) throws Exception {
        return xpath().evaluate(path, doc);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((Number) xpath().evaluate("count(" + path + ")", doc, XPathConstants.NUMBER)).intValue();
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
