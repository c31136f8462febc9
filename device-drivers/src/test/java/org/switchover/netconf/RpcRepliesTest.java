package org.switchover.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RpcRepliesTest {

    private static final String TWO_ERRORS = """
            <rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="17">
              <rpc-error>
                <error-type>application</error-type>
                <error-tag>invalid-value</error-tag>
                <error-severity>error</error-severity>
                <error-app-tag>too-big</error-app-tag>
                <error-path xmlns:if="urn:ietf:params:xml:ns:yang:ietf-interfaces">/if:interfaces/if:interface[if:name='eth0']/if:mtu</error-path>
                <error-message xml:lang="en">MTU 99999 out of range</error-message>
                <error-info><bad-element>mtu</bad-element><session-id>3</session-id></error-info>
              </rpc-error>
              <rpc-error>
                <error-type>protocol</error-type>
                <error-tag>operation-failed</error-tag>
                <error-severity>warning</error-severity>
              </rpc-error>
            </rpc-reply>""";

    @Test
    void rpcErrorBecomesTypedExceptionWithEveryField() {
        Document d = SecureXml.parse(TWO_ERRORS, "sw1");
        assertThat(RpcReplies.messageId(d.getDocumentElement())).hasValue("17");
        assertThatThrownBy(() -> RpcReplies.check(d, "sw1", "17", "edit-config"))
                .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                    assertThat(e.device()).isEqualTo("sw1");
                    assertThat(e.messageId()).hasValue("17");
                    assertThat(e.operation()).isEqualTo("edit-config");
                    assertThat(e.errors()).hasSize(2);
                    RpcError first = e.first();
                    assertThat(first.type()).isEqualTo("application");
                    assertThat(first.tag()).isEqualTo("invalid-value");
                    assertThat(first.severity()).isEqualTo("error");
                    assertThat(first.appTag()).isEqualTo("too-big");
                    assertThat(first.path()).isEqualTo("/if:interfaces/if:interface[if:name='eth0']/if:mtu");
                    assertThat(first.message()).isEqualTo("MTU 99999 out of range");
                    assertThat(first.info()).containsOnly(Map.entry("bad-element", "mtu"), Map.entry("session-id", "3"));
                    assertThat(e.errors().get(1).isWarning()).isTrue();
                    assertThat(e.getMessage()).contains("sw1 refused <edit-config> (message-id 17)")
                            .contains("invalid-value").contains("MTU 99999 out of range");
                });
    }

    @Test
    void warningsAloneSucceed() {
        Document d = SecureXml.parse("""
                <rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="3">
                  <rpc-error><error-type>application</error-type><error-tag>operation-failed</error-tag>
                  <error-severity>warning</error-severity><error-message>deprecated leaf</error-message></rpc-error>
                  <ok/>
                </rpc-reply>""", "sw1");
        RpcReply reply = RpcReplies.check(d, "sw1", "3", "commit");
        assertThat(reply.warnings()).singleElement().extracting(RpcError::message).isEqualTo("deprecated leaf");
    }

    @Test
    void errorXmlRoundTrips() {
        RpcError e = new RpcError("rpc", "missing-attribute", "error", "", "", "no message-id",
                Map.of("bad-attribute", "message-id", "bad-element", "rpc"));
        String reply = "<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + e.toXml() + "</rpc-reply>";
        assertThat(RpcReplies.errors(SecureXml.parse(reply, "lab").getDocumentElement())).containsExactly(e);
    }

    @Test
    void dataIsFoundAndMissingDataIsMalformed() {
        Document ok = SecureXml.parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"1\">"
                + "<data><x xmlns=\"urn:x\"/></data></rpc-reply>", "sw1");
        assertThat(RpcReplies.data(RpcReplies.check(ok, "sw1", "1", "get"), "sw1", "get").getFirstChild().getLocalName())
                .isEqualTo("x");
        Document none = SecureXml.parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"1\">"
                + "<ok/></rpc-reply>", "sw1");
        assertThatThrownBy(() -> RpcReplies.data(RpcReplies.check(none, "sw1", "1", "get"), "sw1", "get"))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("no <data>");
    }

    @Test
    void requestsAreWellFormedAndOrdered() {
        EditConfig e = EditConfig.of(Datastore.CANDIDATE, "<?xml version=\"1.0\"?>\n<interfaces xmlns=\"urn:x\"/>")
                .withDefaultOperation(EditConfig.DefaultOperation.REPLACE)
                .withErrorOption(EditConfig.ErrorOption.ROLLBACK_ON_ERROR)
                .withTestOption(EditConfig.TestOption.TEST_THEN_SET);
        assertThat(RpcRequests.editConfig(e)).isEqualTo("<edit-config><target><candidate/></target>"
                + "<default-operation>replace</default-operation><test-option>test-then-set</test-option>"
                + "<error-option>rollback-on-error</error-option><config><interfaces xmlns=\"urn:x\"/></config></edit-config>");
        assertThat(RpcRequests.editConfig(EditConfig.of(Datastore.RUNNING, "<config><a xmlns=\"urn:x\"/></config>")))
                .isEqualTo("<edit-config><target><running/></target><config><a xmlns=\"urn:x\"/></config></edit-config>");
        assertThat(RpcRequests.commitConfirmed(java.time.Duration.ofMinutes(2), java.util.Optional.of("a<b")))
                .isEqualTo("<commit><confirmed/><confirm-timeout>120</confirm-timeout><persist>a&lt;b</persist></commit>");
        String rpc = RpcRequests.envelope("9", RpcRequests.getConfig(Datastore.RUNNING, java.util.Optional.of("<x xmlns=\"urn:x\"/>")));
        Document d = SecureXml.parse(rpc, "client");
        assertThat(RpcReplies.messageId(d.getDocumentElement())).hasValue("9");
        assertThat(RpcReplies.operationName("<nc:get-config xmlns:nc=\"x\"/>")).isEqualTo("get-config");
        assertThat(RpcReplies.operationName(" <commit/>")).isEqualTo("commit");
    }
}
