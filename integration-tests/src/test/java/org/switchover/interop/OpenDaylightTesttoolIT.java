package org.switchover.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;
import org.switchover.netconf.RpcErrorException;
import org.switchover.netconf.SecureXml;
import org.w3c.dom.Element;

/** Our client against OpenDaylight's netconf-testtool 10.0.2, a NETCONF server we did not write. */
class OpenDaylightTesttoolIT {
    private static final String IF_NS = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    private static final String INTERFACES_FILTER = "<interfaces xmlns=\"" + IF_NS + "\"/>";

    @TempDir
    static Path work;

    private static NetconfTesttool tool;

    @BeforeAll
    static void start() throws Exception {
        tool = NetconfTesttool.start(work);
    }

    @AfterAll
    static void stop() {
        if (tool != null) tool.close();
    }

    private static String iface(String name, String description) {
        return "<interfaces xmlns=\"" + IF_NS + "\"><interface><name>" + name + "</name>"
                + "<type xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">ianaift:ethernetCsmacd</type>"
                + "<description>" + description + "</description><enabled>true</enabled></interface></interfaces>";
    }

    @Test
    void helloAdvertisesCandidateAndTheServedModules() {
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("odl-1"))) {
            Capabilities c = s.serverCapabilities();
            assertThat(s.sessionId()).isPositive();
            assertThat(c.base11()).as("chunked framing is negotiated").isTrue();
            assertThat(c.candidate()).isTrue();
            assertThat(c.writableRunning()).isFalse();
            assertThat(c.module("ietf-interfaces").orElseThrow().revision()).hasValue("2018-02-20");
            assertThat(c.hasModule("iana-if-type")).isTrue();
            assertThat(c.hasModule("ietf-yang-types")).isTrue();
            assertThat(c.hasModule("ietf-inet-types")).isTrue();
            assertThat(s.getSchema("ietf-interfaces", Optional.of("2018-02-20"), "yang"))
                    .contains("module ietf-interfaces");
        }
    }

    @Test
    void candidateEditCommittedIsReadBackFromANewSession() {
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("odl-1"))) {
            s.discardChanges();
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, iface("eth7", "uplink to core-1")));
            s.commit();
            // A second commit must work too: it fails unless the state leaves were relaxed.
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, iface("eth8", "uplink to core-2")));
            s.commit();
        }
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("odl-1"))) {
            Element data = s.getConfig(Datastore.RUNNING, Optional.of(INTERFACES_FILTER));
            String xml = SecureXml.serialize(data);
            assertThat(xml).contains("<name>eth7</name>").contains("uplink to core-1")
                    .contains("<name>eth8</name>").contains("uplink to core-2");
        }
    }

    @Test
    void editingRunningIsRefusedWithAnRpcErrorCarryingItsFields() {
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("odl-1"))) {
            assertThatThrownBy(() -> s.editConfig(EditConfig.of(Datastore.RUNNING, iface("eth9", "x"))))
                    .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                        assertThat(e.device()).isEqualTo("odl-1");
                        assertThat(e.messageId()).isPresent();
                        assertThat(e.operation()).isEqualTo("edit-config");
                        RpcError err = e.first();
                        assertThat(err.type()).isEqualTo("protocol");
                        assertThat(err.tag()).isEqualTo("operation-not-supported");
                        assertThat(err.severity()).isEqualTo("error");
                        assertThat(err.message()).contains("running");
                        assertThat(e.getMessage()).contains("odl-1 refused <edit-config>");
                    });
            // The session survives a refused RPC.
            assertThat(s.getConfig(Datastore.CANDIDATE, Optional.of(INTERFACES_FILTER)).getLocalName()).isEqualTo("data");
        }
    }

    @Test
    void invalidValueIsRefusedAndNothingIsApplied() {
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("odl-1"))) {
            String bad = "<interfaces xmlns=\"" + IF_NS + "\"><interface><name>eth10</name><enabled>maybe</enabled>"
                    + "</interface></interfaces>";
            assertThatThrownBy(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE, bad)))
                    .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                        assertThat(e.first().type()).isEqualTo("application");
                        assertThat(e.first().tag()).isNotEmpty();
                        assertThat(e.first().toString()).contains("maybe");
                    });
            s.discardChanges();
            assertThat(SecureXml.serialize(s.getConfig(Datastore.CANDIDATE, Optional.of(INTERFACES_FILTER))))
                    .doesNotContain("eth10");
        }
    }
}
