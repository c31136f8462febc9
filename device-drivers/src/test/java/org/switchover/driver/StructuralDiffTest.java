package org.switchover.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class StructuralDiffTest {

    private static final String OC = "http://openconfig.net/yang/interfaces";
    private static final String OC_VLAN = "http://openconfig.net/yang/vlan";
    private static final String IETF = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    private static final List<ConfigPayload.Subtree> INTERFACES = List.of(new ConfigPayload.Subtree(OC, "interfaces"));

    private static final SchemaHints HINTS = SchemaHints.builder()
            .list("/interfaces/interface", "name")
            .list("subinterface", "index")
            .list("/vlans/vlan", "vlan-id")
            .leafList("trunk-vlans")
            .defaultValue("/interfaces/interface/config/enabled", "true")
            .defaultValue("/interfaces/interface/config/mtu", "1500")
            .build();

    private final StructuralDiff diff = new StructuralDiff(HINTS);

    @Test
    void identicalTreesAreCompliant() {
        String xml = config(iface("eth1", "true", "uplink") + iface("eth2", "false", "spare"));
        assertThat(diff.compare(parse(xml), parse(xml), INTERFACES).isEmpty()).isTrue();
    }

    @Test
    void reorderedListEntriesAreNoDifference() {
        ConfigDiff d = diff.compare(
                parse(config(iface("eth1", "false", "a") + iface("eth2", "false", "b") + iface("eth10", "false", "c"))),
                parse(config(iface("eth10", "false", "c") + iface("eth1", "false", "a") + iface("eth2", "false", "b"))),
                INTERFACES);
        assertThat(d.changes()).isEmpty();
    }

    @Test
    void changedLeafIsReportedWithKeyedPath() {
        ConfigDiff d = diff.compare(
                parse(config(iface("eth1", "false", "a") + iface("eth7", "false", "cctv"))),
                parse(config(iface("eth7", "true", "cctv") + iface("eth1", "false", "a"))),
                INTERFACES);
        // enabled=true is the declared default, so "after" holds no leaf there
        assertThat(d.changes()).containsExactly(
                new ConfigChange("/interfaces/interface[name=eth7]/config/enabled", "false", null));
        assertThat(d.render()).isEqualTo("- /interfaces/interface[name=eth7]/config/enabled = false\n");
    }

    @Test
    void missingAndExtraEntriesShowAsTheirLeaves() {
        ConfigDiff d = diff.compare(
                parse(config(iface("eth1", "false", "a") + iface("eth3", "false", "rogue"))),
                parse(config(iface("eth1", "false", "a") + iface("eth2", "false", "printer"))),
                INTERFACES);
        assertThat(d.changes()).containsExactly(
                new ConfigChange("/interfaces/interface[name=eth2]/config/description", null, "printer"),
                new ConfigChange("/interfaces/interface[name=eth2]/config/enabled", null, "false"),
                new ConfigChange("/interfaces/interface[name=eth2]/config/name", null, "eth2"),
                new ConfigChange("/interfaces/interface[name=eth2]/name", null, "eth2"),
                new ConfigChange("/interfaces/interface[name=eth3]/config/description", "rogue", null),
                new ConfigChange("/interfaces/interface[name=eth3]/config/enabled", "false", null),
                new ConfigChange("/interfaces/interface[name=eth3]/config/name", "eth3", null),
                new ConfigChange("/interfaces/interface[name=eth3]/name", "eth3", null));
        assertThat(d.render()).contains(
                "+ /interfaces/interface[name=eth2]/config/description = printer\n",
                "- /interfaces/interface[name=eth3]/config/description = rogue\n");
    }

    @Test
    void namespacePrefixesDoNotMatter() {
        String plain = config(iface("eth1", "false", "a"));
        String prefixed = "<nc:config xmlns:nc='urn:ietf:params:xml:ns:netconf:base:1.0'>"
                + "<oc-if:interfaces xmlns:oc-if='" + OC + "'><oc-if:interface><oc-if:name>eth1</oc-if:name>"
                + "<oc-if:config><oc-if:name>eth1</oc-if:name><oc-if:enabled>false</oc-if:enabled>"
                + "<oc-if:description>a</oc-if:description></oc-if:config></oc-if:interface></oc-if:interfaces></nc:config>";
        assertThat(diff.compare(parse(plain), parse(prefixed), INTERFACES).changes()).isEmpty();
    }

    @Test
    void sameLocalNameInAnotherNamespaceIsADifferentNode() {
        String ours = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name>"
                + "<config><mode xmlns='urn:vendor:a'>fast</mode></config></interface></interfaces>");
        String theirs = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name>"
                + "<config><mode xmlns='urn:vendor:b'>fast</mode></config></interface></interfaces>");
        assertThat(diff.compare(parse(ours), parse(theirs), INTERFACES).changes()).hasSize(2);
    }

    @Test
    void identityValuesCompareByLocalNameWhateverTheirPrefix() {
        String a = "<interfaces xmlns='" + IETF + "' xmlns:ianaift='urn:ietf:params:xml:ns:yang:iana-if-type'>"
                + "<interface><name>eth1</name><type>ianaift:ethernetCsmacd</type></interface></interfaces>";
        String b = "<if:interfaces xmlns:if='" + IETF + "'><if:interface><if:name>eth1</if:name>"
                + "<if:type xmlns:x='urn:ietf:params:xml:ns:yang:iana-if-type'>x:ethernetCsmacd</if:type>"
                + "</if:interface></if:interfaces>";
        List<ConfigPayload.Subtree> owned = List.of(new ConfigPayload.Subtree(IETF, "interfaces"));
        assertThat(diff.compare(parse(a), parse(b), owned).changes()).isEmpty();
    }

    @Test
    void whitespaceAndCommentsAreIgnored() {
        String compact = config(iface("eth1", "false", "uplink"));
        String pretty = "<config>\n  <interfaces xmlns='" + OC + "'>\n    <!-- uplink -->\n    <interface>\n"
                + "      <name>  eth1 </name>\n      <config>\n        <name>eth1</name>\n"
                + "        <enabled>\n false\n</enabled>\n        <description>uplink</description>\n"
                + "      </config>\n    </interface>\n  </interfaces>\n</config>\n";
        assertThat(diff.compare(parse(compact), parse(pretty), INTERFACES).changes()).isEmpty();
    }

    @Test
    void leafListsAreOrderInsensitiveAndReportedWhole() {
        String a = vlanPort("<trunk-vlans>30</trunk-vlans><trunk-vlans>10</trunk-vlans><trunk-vlans>20</trunk-vlans>");
        String b = vlanPort("<trunk-vlans>10</trunk-vlans><trunk-vlans>20</trunk-vlans><trunk-vlans>30</trunk-vlans>");
        String c = vlanPort("<trunk-vlans>10</trunk-vlans><trunk-vlans>40</trunk-vlans><trunk-vlans>20</trunk-vlans>");
        assertThat(diff.compare(parse(a), parse(b), INTERFACES).changes()).isEmpty();
        assertThat(diff.compare(parse(a), parse(c), INTERFACES).changes()).containsExactly(new ConfigChange(
                "/interfaces/interface[name=eth1]/ethernet/switched-vlan/config/trunk-vlans",
                "[10, 20, 30]", "[10, 20, 40]"));
    }

    @Test
    void declaredLeafListWithOneValueMatchesTheSameWithMore() {
        String one = vlanPort("<trunk-vlans>10</trunk-vlans>");
        String two = vlanPort("<trunk-vlans>10</trunk-vlans><trunk-vlans>9</trunk-vlans>");
        assertThat(diff.compare(parse(one), parse(two), INTERFACES).changes()).containsExactly(new ConfigChange(
                "/interfaces/interface[name=eth1]/ethernet/switched-vlan/config/trunk-vlans", "[10]", "[9, 10]"));
    }

    @Test
    void declaredDefaultEqualsAbsentLeafButOtherValuesDiffer() {
        String explicit = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name>"
                + "<config><name>eth1</name><enabled>true</enabled><mtu>1500</mtu></config></interface></interfaces>");
        String implicit = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name>"
                + "<config><name>eth1</name></config></interface></interfaces>");
        String jumbo = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name>"
                + "<config><name>eth1</name><mtu>9000</mtu></config></interface></interfaces>");
        assertThat(diff.compare(parse(explicit), parse(implicit), INTERFACES).changes()).isEmpty();
        assertThat(diff.compare(parse(explicit), parse(jumbo), INTERFACES).changes()).containsExactly(
                new ConfigChange("/interfaces/interface[name=eth1]/config/mtu", null, "9000"));
    }

    @Test
    void onlyOwnedSubtreesAreCompared() {
        String golden = config(iface("eth1", "false", "a"));
        String running = "<data xmlns='urn:ietf:params:xml:ns:netconf:base:1.0'>"
                + "<interfaces xmlns='" + OC + "'>" + iface("eth1", "false", "a").replaceAll("^<interfaces[^>]*>|</interfaces>$", "")
                + "</interfaces><system xmlns='http://openconfig.net/yang/system'><config><hostname>x</hostname></config></system>"
                + "<vlans xmlns='" + OC_VLAN + "'><vlan><vlan-id>99</vlan-id></vlan></vlans></data>";
        assertThat(diff.compare(parse(running), parse(golden), INTERFACES).changes()).isEmpty();

        List<ConfigPayload.Subtree> both = List.of(INTERFACES.get(0), new ConfigPayload.Subtree(OC_VLAN, "vlans"));
        assertThat(diff.compare(parse(running), parse(golden), both).changes()).containsExactly(
                new ConfigChange("/vlans/vlan[vlan-id=99]/vlan-id", "99", null));
    }

    @Test
    void ownedSubtreeAbsentOnOneSideShowsAllItsLeaves() {
        String golden = config(iface("eth1", "false", "a"));
        String running = "<data/>";
        assertThat(diff.compare(parse(running), parse(golden), INTERFACES).changes())
                .extracting(ConfigChange::path)
                .containsExactly("/interfaces/interface[name=eth1]/config/description",
                        "/interfaces/interface[name=eth1]/config/enabled",
                        "/interfaces/interface[name=eth1]/config/name",
                        "/interfaces/interface[name=eth1]/name");
    }

    @Test
    void emptyContainersCountAsAbsent() {
        String withEmpty = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name><config/>"
                + "<hold-time><config></config></hold-time></interface></interfaces>");
        String without = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name></interface></interfaces>");
        assertThat(diff.compare(parse(withEmpty), parse(without), INTERFACES).changes()).isEmpty();
    }

    @Test
    void nestedListsAreMatchedByTheirOwnKeys() {
        String a = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name><subinterfaces>"
                + "<subinterface><index>0</index><config><description>zero</description></config></subinterface>"
                + "<subinterface><index>1</index><config><description>one</description></config></subinterface>"
                + "</subinterfaces></interface></interfaces>");
        String b = config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name><subinterfaces>"
                + "<subinterface><index>1</index><config><description>uno</description></config></subinterface>"
                + "<subinterface><index>0</index><config><description>zero</description></config></subinterface>"
                + "</subinterfaces></interface></interfaces>");
        assertThat(diff.compare(parse(a), parse(b), INTERFACES).changes()).containsExactly(new ConfigChange(
                "/interfaces/interface[name=eth1]/subinterfaces/subinterface[index=1]/config/description", "one", "uno"));
    }

    @Test
    void multiKeyListsNameEveryKey() {
        SchemaHints hints = SchemaHints.builder().list("route", "prefix", "next-hop").build();
        String a = "<routes xmlns='urn:r'><route><prefix>0.0.0.0/0</prefix><next-hop>10.0.0.1</next-hop><metric>1</metric></route></routes>";
        String b = "<routes xmlns='urn:r'><route><next-hop>10.0.0.1</next-hop><prefix>0.0.0.0/0</prefix><metric>5</metric></route></routes>";
        assertThat(new StructuralDiff(hints).compare(parse(a), parse(b)).changes()).containsExactly(
                new ConfigChange("/routes/route[prefix=0.0.0.0/0][next-hop=10.0.0.1]/metric", "1", "5"));
    }

    @Test
    void malformedListsAreRejectedWithThePath() {
        String noKey = config("<interfaces xmlns='" + OC + "'><interface><config/></interface></interfaces>");
        String twice = config(iface("eth1", "false", "a") + iface("eth1", "true", "b"));
        assertThatThrownBy(() -> diff.compare(parse(noKey), parse(noKey), INTERFACES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("list entry 1 of /interfaces/interface has no key leaf 'name'");
        assertThatThrownBy(() -> diff.compare(parse(twice), parse(twice), INTERFACES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate list entry /interfaces/interface[name=eth1]");
    }

    @Test
    void withoutHintsRepeatedLeavesAreStillALeafList() {
        String a = "<x xmlns='urn:x'><tag>b</tag><tag>a</tag></x>";
        String b = "<x xmlns='urn:x'><tag>a</tag><tag>b</tag></x>";
        assertThat(new StructuralDiff(SchemaHints.NONE).compare(parse(a), parse(b)).isEmpty()).isTrue();
    }

    // -- hand-written trees ------------------------------------------------------------------

    /** One OpenConfig interface entry inside its own {@code <interfaces>} element. */
    private static String iface(String name, String enabled, String description) {
        return "<interfaces xmlns='" + OC + "'><interface><name>" + name + "</name><config><name>" + name
                + "</name><enabled>" + enabled + "</enabled><description>" + description
                + "</description></config></interface></interfaces>";
    }

    private static String vlanPort(String trunkVlans) {
        return config("<interfaces xmlns='" + OC + "'><interface><name>eth1</name>"
                + "<ethernet xmlns='http://openconfig.net/yang/interfaces/ethernet'>"
                + "<switched-vlan xmlns='" + OC_VLAN + "'><config>" + trunkVlans + "</config></switched-vlan>"
                + "</ethernet></interface></interfaces>");
    }

    /**
     * Wraps entries in {@code <config>}, merging consecutive {@code <interfaces>} wrappers so each
     * test can list entries one by one.
     */
    private static String config(String body) {
        String merged = body.replace("</interfaces><interfaces xmlns='" + OC + "'>", "");
        return "<config xmlns='urn:ietf:params:xml:ns:netconf:base:1.0'>" + merged + "</config>";
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("test tree does not parse: " + xml, e);
        }
    }
}
