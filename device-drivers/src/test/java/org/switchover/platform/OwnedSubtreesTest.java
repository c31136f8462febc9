package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.ConfigPayload.Subtree;
import org.switchover.driver.LoadMode;
import org.w3c.dom.Element;

class OwnedSubtreesTest {

    private static final String IF = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    private static final String SYS = "urn:ietf:params:xml:ns:yang:ietf-system";
    private static final List<Subtree> OWNED = List.of(new Subtree(IF, "interfaces"), new Subtree(SYS, "system"));

    private final ConfigPayload payload = new ConfigPayload("sw1",
            "<?xml version=\"1.0\"?>\n<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
                    + "<interfaces xmlns=\"" + IF + "\"><interface><name>ge1</name></interface></interfaces>"
                    + "<other xmlns=\"urn:x\"><a>1</a></other></config>",
            OWNED);

    @Test
    void replaceMarksOwnedSubtreesAndRemovesOwnedOnesTheTemplateLeftOut() {
        YangData config = Fixtures.xml(OwnedSubtrees.editConfig(payload, LoadMode.REPLACE));
        assertThat(config.element().getLocalName()).isEqualTo("config");
        assertThat(config.element().getNamespaceURI()).isEqualTo(OwnedSubtrees.NETCONF);
        assertThat(operation(config.child(IF, "interfaces").orElseThrow())).isEqualTo("replace");
        assertThat(config.child(IF, "interfaces").orElseThrow().leaf(IF, "interface", "name")).contains("ge1");
        assertThat(operation(config.child(SYS, "system").orElseThrow())).isEqualTo("remove");
        assertThat(operation(config.child("urn:x", "other").orElseThrow())).isEmpty();
    }

    @Test
    void theConfigElementIsOneTheClientSendsAsItIs() {
        assertThat(OwnedSubtrees.editConfig(payload, LoadMode.REPLACE))
                .startsWith("<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">");
    }

    @Test
    void prefixesDeclaredAboveASubtreeTravelWithIt() {
        ConfigPayload p = new ConfigPayload("sw1", "<config xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">"
                + "<interfaces xmlns=\"" + IF + "\"><interface><name>ge1</name><type>ianaift:ethernetCsmacd</type></interface>"
                + "</interfaces></config>", OWNED);
        YangData config = Fixtures.xml(OwnedSubtrees.editConfig(p, LoadMode.MERGE));
        YangData type = config.at(IF, "interfaces", "interface", "type").orElseThrow();
        assertThat(type.element().lookupNamespaceURI("ianaift")).isEqualTo("urn:ietf:params:xml:ns:yang:iana-if-type");
    }

    @Test
    void mergeSendsThePayloadAsItIs() {
        YangData config = Fixtures.xml(OwnedSubtrees.editConfig(payload, LoadMode.MERGE));
        assertThat(operation(config.child(IF, "interfaces").orElseThrow())).isEmpty();
        assertThat(config.child(SYS, "system")).isEmpty();
    }

    @Test
    void restorePutsBackWhatWasSavedAndRemovesWhatWasAbsent() {
        Element saved = Fixtures.xml("<data xmlns=\"" + OwnedSubtrees.NETCONF + "\"><interfaces xmlns=\"" + IF + "\">"
                + "<interface><name>ge9</name></interface></interfaces></data>").element();
        YangData config = Fixtures.xml(OwnedSubtrees.restore(saved, OWNED));
        assertThat(operation(config.child(IF, "interfaces").orElseThrow())).isEqualTo("replace");
        assertThat(config.child(IF, "interfaces").orElseThrow().leaf(IF, "interface", "name")).contains("ge9");
        assertThat(operation(config.child(SYS, "system").orElseThrow())).isEqualTo("remove");
    }

    @Test
    void selectAndIntendedKeepOnlyOwnedSubtrees() {
        Element data = Fixtures.xml("<data><interfaces xmlns=\"" + IF + "\"/><x xmlns=\"urn:x\"/></data>").element();
        assertThat(Fixtures.xml(DeviceXml.print(OwnedSubtrees.select(data, OWNED))).element().getChildNodes().getLength()).isEqualTo(1);
        YangData intended = YangData.root(OwnedSubtrees.intended(payload));
        assertThat(intended.child(IF, "interfaces")).isPresent();
        assertThat(intended.child("urn:x", "other")).isEmpty();
    }

    @Test
    void filterSelectsEachOwnedSubtreeWhole() {
        assertThat(OwnedSubtrees.filter(OWNED))
                .isEqualTo("<interfaces xmlns=\"" + IF + "\"/><system xmlns=\"" + SYS + "\"/>");
    }

    @Test
    void aPayloadThatIsNotXmlNamesItsDevice() {
        ConfigPayload bad = new ConfigPayload("sw7", "<interfaces>", OWNED);
        assertThatThrownBy(() -> OwnedSubtrees.editConfig(bad, LoadMode.REPLACE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sw7")
                .hasMessageContaining("not well-formed");
    }

    @Test
    void doctypesAreRefused() {
        ConfigPayload evil = new ConfigPayload("sw7",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><interfaces xmlns=\"" + IF + "\">&e;</interfaces>", OWNED);
        assertThatThrownBy(() -> OwnedSubtrees.editConfig(evil, LoadMode.REPLACE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String operation(YangData node) {
        return node.element().getAttributeNS(OwnedSubtrees.NETCONF, "operation");
    }
}
