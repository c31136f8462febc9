package org.switchover.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.lab.Lab;
import org.switchover.lab.LabFixtures;

/** The RPC layer without a transport: framing-free requests in, reply documents out. */
class RpcDispatcherTest {
    private static final String RPC = "<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"7\" xmlns:x=\"urn:x\" x:trace=\"t1\">";

    @TempDir Path dir;
    private Lab lab;
    private RpcDispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        lab = Lab.start(LabFixtures.pair(dir));
        dispatcher = new RpcDispatcher(lab.get("a"), 42);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private String handle(String xml) {
        return dispatcher.handle(xml.getBytes(StandardCharsets.UTF_8)).xml();
    }

    @Test
    void replyEchoesTheRpcAttributes() {
        String reply = handle(RPC + "<lock><target><candidate/></target></lock></rpc>");
        assertThat(reply).contains("message-id=\"7\"").contains("x:trace=\"t1\"").contains("<ok/>");
        assertThat(lab.get("a").store().lockHolder(org.switchover.netconf.Datastore.CANDIDATE)).contains(42L);
    }

    @Test
    void malformedRequestsGetRfcErrorTags() {
        assertThat(handle("<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get/></rpc>"))
                .contains("<error-tag>missing-attribute</error-tag>").contains("<bad-attribute>message-id</bad-attribute>");
        assertThat(handle("<rpc")).contains("<error-tag>malformed-message</error-tag>");
        assertThat(handle("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + RPC + "<get/></rpc>"))
                .contains("<error-tag>malformed-message</error-tag>").doesNotContain("root:");
        assertThat(handle(RPC + "<get-config><source><url>file:///x</url></source></get-config></rpc>"))
                .contains("operation-not-supported");
        assertThat(handle(RPC + "<edit-config><target><candidate/></target><default-operation>merge-all</default-operation><config/></edit-config></rpc>"))
                .contains("<error-tag>invalid-value</error-tag>").contains("<bad-element>default-operation</bad-element>");
        assertThat(handle(RPC + "<lock/></rpc>")).contains("<error-tag>missing-element</error-tag>").contains("<bad-element>target</bad-element>");
        assertThat(handle(RPC + "<commit><confirmed/><confirm-timeout>0</confirm-timeout></commit></rpc>")).contains("invalid-value");
    }

    @Test
    void closeSessionEndsTheSessionAfterItsReply() {
        RpcDispatcher.Reply reply = dispatcher.handle((RPC + "<close-session/></rpc>").getBytes(StandardCharsets.UTF_8));
        assertThat(reply.closeSession()).isTrue();
        assertThat(reply.xml()).contains("<ok/>");
    }

    @Test
    void subtreeFilterContentMatchSelectsOneListEntry() {
        String reply = handle(RPC + "<get-config><source><running/></source><filter type=\"subtree\">"
                + "<interfaces xmlns=\"http://openconfig.net/yang/interfaces\"><interface><name>Ethernet3</name><config><enabled/></config></interface></interfaces>"
                + "</filter></get-config></rpc>");
        assertThat(reply).contains("<name>Ethernet3</name>").contains("<enabled>true</enabled>")
                .doesNotContain("Ethernet1").doesNotContain("<type");
        assertThat(handle(RPC + "<get><filter type=\"xpath\" select=\"/x\"/></get></rpc>")).contains("operation-not-supported");
        assertThat(handle(RPC + "<get><filter type=\"subtree\"/></get></rpc>")).contains("<data></data>");
    }
}
