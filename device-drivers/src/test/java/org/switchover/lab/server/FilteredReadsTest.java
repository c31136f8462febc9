package org.switchover.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.lab.Lab;
import org.switchover.lab.LabFixtures;
import org.switchover.lab.LabSpec;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.config.EditRequest;
import org.switchover.lab.config.SubtreeFilter;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlReader;
import org.switchover.lab.config.XmlWriter;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.NetconfXml;
import org.w3c.dom.Element;

/**
 * {@code <get>} builds only the top-level subtrees its filter can match and {@code <get-config>}
 * filters the stored tree without copying it; both must answer byte for byte as building
 * everything and filtering a copy does.
 */
class FilteredReadsTest {
    private static final String RPC = "<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"1\">";
    private static final String IANAIFT = "urn:ietf:params:xml:ns:yang:iana-if-type";
    private static final String OC_SYS = "http://openconfig.net/yang/system";
    private static final String OC_IF = "http://openconfig.net/yang/interfaces";
    private static final String OC_LLDP = "http://openconfig.net/yang/lldp";
    private static final String OC_NI = "http://openconfig.net/yang/network-instance";
    private static final String OC_PLATFORM = "http://openconfig.net/yang/platform";
    private static final String SYS = "urn:ietf:params:xml:ns:yang:ietf-system";
    private static final String IF = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    private static final String BRIDGE = "urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge";
    private static final String LLDP = "urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp";
    private static final String HW = "urn:ietf:params:xml:ns:yang:ietf-hardware";
    private static final String LIBRARY = "urn:ietf:params:xml:ns:yang:ietf-yang-library";

    /** Filters either platform may be asked: none, empty, unknown namespace, no namespace, content matches. */
    private static final List<String> COMMON = List.of(
            "",
            "<filter type=\"subtree\"/>",
            "<filter><interfaces xmlns=\"urn:example:unknown\"/></filter>",
            "<filter><lldp/></filter>",
            "<filter><interfaces xmlns=\"\"/><components xmlns=\"\"/></filter>",
            "<filter><hostname xmlns=\"" + SYS + "\">sw-b</hostname></filter>",
            "<filter><hostname xmlns=\"" + SYS + "\">sw-b</hostname><interfaces xmlns=\"" + IF + "\"/></filter>",
            "<filter><modules-state xmlns=\"" + LIBRARY + "\"/></filter>",
            "<filter><modules-state xmlns=\"" + LIBRARY + "\"><module><name>ietf-system</name></module></modules-state></filter>");

    private static final List<String> OPENCONFIG = List.of(
            "<filter><lldp xmlns=\"" + OC_LLDP + "\"/></filter>",
            "<filter><interfaces xmlns=\"" + OC_IF + "\"/></filter>",
            "<filter><network-instances xmlns=\"" + OC_NI + "\"/></filter>",
            "<filter><system xmlns=\"" + OC_SYS + "\"/><components xmlns=\"" + OC_PLATFORM + "\"/><interfaces xmlns=\"" + OC_IF + "\"/></filter>",
            "<filter><components xmlns=\"" + OC_PLATFORM + "\"/><lldp xmlns=\"" + OC_LLDP + "\"/><system xmlns=\"" + OC_SYS + "\"/></filter>",
            "<filter><interfaces xmlns=\"" + OC_IF + "\"><interface><name>Ethernet1</name><state/></interface></interfaces></filter>",
            "<filter><interfaces xmlns=\"" + OC_IF + "\"><interface><name>Loopback0</name></interface></interfaces>"
                    + "<lldp xmlns=\"" + OC_LLDP + "\"><interfaces><interface><name>Ethernet1</name></interface></interfaces></lldp></filter>",
            "<filter><interfaces-state xmlns=\"" + OC_IF + "\"/><lldp xmlns=\"" + LLDP + "\"/></filter>");

    private static final List<String> IETF = List.of(
            "<filter><lldp xmlns=\"" + LLDP + "\"/></filter>",
            "<filter><interfaces xmlns=\"" + IF + "\"/><interfaces-state xmlns=\"" + IF + "\"/><bridges xmlns=\"" + BRIDGE + "\"/>"
                    + "<hardware xmlns=\"" + HW + "\"/></filter>",
            "<filter><bridges xmlns=\"" + BRIDGE + "\"/></filter>",
            "<filter><interfaces xmlns=\"" + IF + "\"/></filter>",
            "<filter><system xmlns=\"" + SYS + "\"/><system-state xmlns=\"" + SYS + "\"/><hardware xmlns=\"" + HW + "\"/>"
                    + "<interfaces xmlns=\"" + IF + "\"/></filter>",
            "<filter><hardware xmlns=\"" + HW + "\"/><modules-state xmlns=\"" + LIBRARY + "\"/><system-state xmlns=\"" + SYS + "\"/></filter>",
            "<filter><interfaces xmlns=\"" + IF + "\"><interface><name>Ethernet1</name><oper-status/></interface></interfaces></filter>",
            "<filter><interfaces-state xmlns=\"" + IF + "\"/></filter>");

    @TempDir Path dir;
    private Lab lab;

    @BeforeEach
    void start() throws Exception {
        lab = Lab.start(new LabSpec(dir, List.of(
                LabSpec.SwitchSpec.of("a", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL, resource("oc-switch.xml"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("b", SwitchPlatform.IETF, LabFixtures.MODEL, resource("ietf-switch.xml"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("c", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL, LabFixtures.ocSwitch("core-c", "Ethernet2", "Ethernet3"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("d", SwitchPlatform.IETF, LabFixtures.MODEL, LabFixtures.ietfSwitch("access-d", "Ethernet3"), LabFixtures.ADMIN)),
                List.of(LabSpec.CableSpec.parse("a:Ethernet1", "b:Ethernet1"), LabSpec.CableSpec.parse("b:Ethernet2", "c:Ethernet2"),
                        LabSpec.CableSpec.parse("c:Ethernet3", "d:Ethernet3"))));
        // a logical interface, which has state but no hardware port or LLDP
        lab.get("a").store().editConfig(1, EditRequest.merge(Datastore.RUNNING, XmlReader.parseConfig("<interfaces xmlns=\"" + OC_IF + "\">"
                + "<interface><name>Loopback0</name><config><name>Loopback0</name><type xmlns:ianaift=\"" + IANAIFT
                + "\">ianaift:softwareLoopback</type></config></interface></interfaces>", "test")));
        lab.get("b").store().editConfig(1, EditRequest.merge(Datastore.RUNNING, XmlReader.parseConfig("<interfaces xmlns=\"" + IF + "\">"
                + "<interface><name>Loopback0</name><type xmlns:ianaift=\"" + IANAIFT + "\">ianaift:softwareLoopback</type>"
                + "<enabled>false</enabled></interface></interfaces>", "test")));
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FilteredReadsTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void getAnswersAsBuildingEverythingThenFilteringDoes() {
        // a and b configure most of their models; c and d little, so that most of their state is added after their config
        for (String sw : List.of("a", "c")) {
            for (String filter : concat(COMMON, OPENCONFIG)) assertSameGet(sw, filter);
        }
        for (String sw : List.of("b", "d")) {
            for (String filter : concat(COMMON, IETF)) assertSameGet(sw, filter);
        }
        assertThat(get("b", "<filter><lldp xmlns=\"" + LLDP + "\"/></filter>"))
                .as("a filtered get still carries the state it asks for").contains("<system-name>core-c</system-name>")
                .doesNotContain("<interfaces").doesNotContain("<hardware");
    }

    @Test
    void getWithoutModuleCapabilitiesServesNoModulesState() throws Exception {
        lab.close();
        lab = Lab.start(new LabSpec(dir.resolve("bare"), List.of(
                LabSpec.SwitchSpec.of("b", SwitchPlatform.IETF, LabFixtures.MODEL, resource("ietf-switch.xml"), LabFixtures.ADMIN)
                        .withFeatures(org.switchover.lab.config.SwitchFeatures.all().without("modules"))),
                List.of()));
        for (String filter : concat(COMMON, IETF)) assertSameGet("b", filter);
        assertThat(get("b", "<filter><modules-state xmlns=\"" + LIBRARY + "\"/></filter>")).contains("<data></data>");
    }

    @Test
    void getConfigAnswersAsFilteringACopyDoesAndLeavesTheStoreAlone() {
        for (String sw : List.of("a", "b", "c", "d")) {
            String before = XmlWriter.write(lab.get(sw).store().running());
            XmlNode stored = lab.get(sw).store().runningView();
            for (String filter : concat(COMMON, lab.get(sw).platform() == SwitchPlatform.OPENCONFIG ? OPENCONFIG : IETF)) {
                for (String source : List.of("running", "candidate", "startup")) {
                    String rpc = RPC + "<get-config><source><" + source + "/></source>" + filter + "</get-config></rpc>";
                    XmlNode config = lab.get(sw).store().get(Datastore.valueOf(source.toUpperCase()));
                    assertThat(handle(sw, rpc)).as("%s get-config %s %s", sw, source, filter).isEqualTo(expected(config, rpc));
                }
            }
            assertThat(lab.get(sw).store().runningView()).as("running is the same tree").isSameAs(stored);
            assertThat(XmlWriter.write(lab.get(sw).store().running())).as("and unchanged").isEqualTo(before);
        }
    }

    private void assertSameGet(String sw, String filter) {
        String rpc = RPC + "<get>" + filter + "</get></rpc>";
        assertThat(handle(sw, rpc)).as("%s get %s", sw, filter).isEqualTo(expected(lab.get(sw).operationalData(), rpc));
    }

    private String get(String sw, String filter) {
        return handle(sw, RPC + "<get>" + filter + "</get></rpc>");
    }

    private String handle(String sw, String rpc) {
        SimulatedSwitch s = lab.get(sw);
        return new RpcDispatcher(s, 9).handle(rpc.getBytes(StandardCharsets.UTF_8)).xml();
    }

    /** The reply of building or copying everything, then filtering a copy of it, as the lab answered before. */
    private static String expected(XmlNode everything, String rpc) {
        Element op = NetconfXml.children(XmlReader.parse(rpc, "test").getDocumentElement()).get(0);
        Optional<Element> filter = NetconfXml.child(op, "filter");
        XmlNode selected = filter.isPresent() ? SubtreeFilter.apply(everything, XmlReader.toNode(filter.get())) : everything;
        return ReplyXml.reply(" message-id=\"1\"", "<data>" + XmlWriter.writeAll(selected.children()) + "</data>");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
