package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.RpcError;
import org.switchover.netconf.RpcErrorException;
import org.switchover.netconf.RpcReply;
import org.switchover.platform.DeviceXml;

/** Junos's error shapes inside successful replies become the project's RpcErrorException. */
class JunosErrorsTest {

    private static RpcReply reply(String body) {
        return new RpcReply("7", DeviceXml.parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"7\">"
                + body + "</rpc-reply>", "test reply"), List.of());
    }

    @Test
    void anXnmErrorInCommitResultsCarriesItsEditPathAndStatement() {
        RpcReply r = reply("<commit-results><routing-engine><name>re0</name>"
                + "<xnm:error xmlns:xnm=\"http://xml.juniper.net/xnm/1.1/xnm\"><source-daemon>dcd</source-daemon>"
                + "<edit-path>[edit interfaces ge-0/0/1 unit 0 family ethernet-switching vlan]</edit-path><statement>members GUEST</statement>"
                + "<message>vlan GUEST is not defined</message></xnm:error>"
                + "<xnm:error xmlns:xnm=\"http://xml.juniper.net/xnm/1.1/xnm\"><message>configuration check-out failed</message></xnm:error>"
                + "</routing-engine></commit-results>");
        assertThatThrownBy(() -> JunosErrors.check(r, "ex-1", "commit-configuration"))
                .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                    assertThat(e.device()).isEqualTo("ex-1");
                    assertThat(e.operation()).isEqualTo("commit-configuration");
                    assertThat(e.messageId()).contains("7");
                    RpcError first = e.first();
                    assertThat(first.path()).isEqualTo("[edit interfaces ge-0/0/1 unit 0 family ethernet-switching vlan]");
                    assertThat(first.info()).containsEntry("bad-element", "members GUEST").containsEntry("source-daemon", "dcd");
                    assertThat(first.message()).isEqualTo("vlan GUEST is not defined");
                    assertThat(JunosErrors.where(first)).isEqualTo("[edit interfaces ge-0/0/1 unit 0 family ethernet-switching vlan] members GUEST");
                    assertThat(e.errors()).hasSize(2);
                    assertThat(e.getMessage()).contains("ex-1 refused <commit-configuration>").contains("vlan GUEST is not defined");
                });
    }

    @Test
    void aNestedRpcErrorFailsTheReplyAndAWarningAloneDoesNot() {
        RpcReply failed = reply("<commit-results><routing-engine><rpc-error><error-type>application</error-type>"
                + "<error-tag>operation-failed</error-tag><error-severity>error</error-severity>"
                + "<error-path>[edit vlans]</error-path><error-message>duplicate vlan-id</error-message>"
                + "<error-info><bad-element>vlan-id</bad-element></error-info></rpc-error></routing-engine></commit-results>");
        assertThatThrownBy(() -> JunosErrors.check(failed, "ex-1", "commit-configuration")).isInstanceOfSatisfying(RpcErrorException.class,
                e -> assertThat(e.first().info()).containsEntry("bad-element", "vlan-id"));

        RpcReply warned = reply("<commit-results><routing-engine><xnm:warning xmlns:xnm=\"http://xml.juniper.net/xnm/1.1/xnm\">"
                + "<message>statement has no effect</message></xnm:warning><commit-success/></routing-engine></commit-results>");
        assertThat(JunosErrors.check(warned, "ex-1", "commit-configuration")).isSameAs(warned);
    }
}
