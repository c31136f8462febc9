package org.switchover.netconf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HelloTest {

    private static final String SERVER_HELLO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <nc:hello xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0">
              <nc:capabilities>
                <nc:capability>urn:ietf:params:netconf:base:1.0</nc:capability>
                <nc:capability>urn:ietf:params:netconf:base:1.1</nc:capability>
                <nc:capability>urn:ietf:params:netconf:capability:candidate:1.0</nc:capability>
                <nc:capability>urn:ietf:params:netconf:capability:confirmed-commit:1.1</nc:capability>
                <nc:capability>urn:ietf:params:netconf:capability:validate:1.1</nc:capability>
                <nc:capability>urn:ietf:params:netconf:capability:rollback-on-error:1.0</nc:capability>
                <nc:capability>urn:ietf:params:netconf:capability:url:1.0?scheme=file</nc:capability>
                <nc:capability>urn:ietf:params:xml:ns:yang:ietf-interfaces?module=ietf-interfaces&amp;revision=2018-02-20&amp;features=arbitrary-names,pre-provisioning</nc:capability>
                <nc:capability>urn:ietf:params:xml:ns:yang:iana-if-type?revision=2023-01-26&amp;module=iana-if-type</nc:capability>
                <nc:capability>http://openconfig.net/yang/interfaces?module=openconfig-interfaces&amp;deviations=acme-dev</nc:capability>
              </nc:capabilities>
              <nc:session-id>42</nc:session-id>
            </nc:hello>
            """;

    @Test
    void parsesServerHello() {
        Hello h = Hello.parse(SERVER_HELLO.getBytes(UTF_8), "sw1");
        Capabilities c = h.capabilities();
        assertThat(h.sessionId()).hasValue(42);
        assertThat(c.base10()).isTrue();
        assertThat(c.base11()).isTrue();
        assertThat(c.candidate()).isTrue();
        assertThat(c.confirmedCommit()).isTrue();
        assertThat(c.confirmedCommit11()).isTrue();
        assertThat(c.validate()).isTrue();
        assertThat(c.rollbackOnError()).isTrue();
        assertThat(c.writableRunning()).isFalse();
        assertThat(c.startup()).isFalse();
        assertThat(c.has("urn:ietf:params:netconf:capability:url:1.0")).isTrue();
        assertThat(c.modules()).hasSize(3);
        Capabilities.Module ifs = c.module("ietf-interfaces").orElseThrow();
        assertThat(ifs.namespace()).isEqualTo("urn:ietf:params:xml:ns:yang:ietf-interfaces");
        assertThat(ifs.revision()).hasValue("2018-02-20");
        assertThat(ifs.features()).containsExactly("arbitrary-names", "pre-provisioning");
        assertThat(c.module("iana-if-type").orElseThrow().revision()).hasValue("2023-01-26");
        Capabilities.Module oc = c.module("openconfig-interfaces").orElseThrow();
        assertThat(oc.revision()).isEmpty();
        assertThat(oc.deviations()).containsExactly("acme-dev");
        assertThat(c.hasModule("ietf-ip")).isFalse();
    }

    @Test
    void roundTripsThroughXml() {
        Hello server = Hello.server(Capabilities.of(Capabilities.BASE_10, "urn:x?module=x&revision=2020-01-01"), 7);
        Hello parsed = Hello.parse(server.toBytes(), "lab");
        assertThat(parsed).isEqualTo(server);
        Hello client = Hello.client(Capabilities.client());
        assertThat(Hello.parse(client.toBytes(), "client").sessionId()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAHello() {
        assertThatThrownBy(() -> Hello.parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"/>".getBytes(UTF_8), "sw1"))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("expected <hello>");
        assertThatThrownBy(() -> Hello.parse(("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
                + "<capability>urn:x</capability></capabilities></hello>").getBytes(UTF_8), "sw1"))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("neither base:1.0 nor base:1.1");
        assertThatThrownBy(() -> Hello.parse(("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
                + "<capability>urn:ietf:params:netconf:base:1.0</capability></capabilities><session-id>x</session-id></hello>")
                .getBytes(UTF_8), "sw1"))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("session-id 'x'");
    }
}
