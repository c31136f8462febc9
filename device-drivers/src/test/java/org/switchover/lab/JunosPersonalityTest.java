package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;
import org.w3c.dom.Element;

/**
 * A junos lab switch speaks as Juniper documents Junos: its hello, commit-configuration with the
 * confirm-timeout in minutes, confirmed commits without persist that die with their session,
 * rollback N, and failed commits reported as xnm:errors with edit path and statement.
 */
class JunosPersonalityTest extends LabTestSupport {
    private static final String ROOT = "http://yang.juniper.net/junos-ex/conf/root";
    private static final String SYSTEM = "http://yang.juniper.net/junos-ex/conf/system";
    private static final String XNM = "http://xml.juniper.net/xnm/1.1/xnm";
    private static final SwitchModel EX = new SwitchModel("EX2300-LAB-4", "Juniper Networks", "23.4R2.13",
            List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2", "ge-0/0/3"));

    @Override
    LabSpec spec(Path dir) {
        return new LabSpec(dir, List.of(LabSpec.SwitchSpec.of("j", SwitchPlatform.JUNOS, EX, hostname("ex-j"), LabFixtures.ADMIN)), List.of());
    }

    private static String hostname(String name) {
        return "<configuration xmlns=\"" + ROOT + "\"><system xmlns=\"" + SYSTEM + "\"><host-name>" + name + "</host-name></system></configuration>";
    }

    private static String junosHostname(NetconfSession s) {
        return text(s.getConfig(Datastore.RUNNING, Optional.empty()), "host-name");
    }

    @Test
    void theHelloIsJunosWithConfirmedCommitOneZeroAndNoPersist() {
        Capabilities caps = open("j").serverCapabilities();
        assertThat(caps.has("http://xml.juniper.net/netconf/junos/1.0")).isTrue();
        assertThat(caps.candidate()).isTrue();
        assertThat(caps.confirmedCommit()).isTrue();
        assertThat(caps.confirmedCommit11()).as("persist needs confirmed-commit 1.1").isFalse();
        assertThat(caps.writableRunning()).isFalse();
        assertThat(caps.base11()).isFalse();
        assertThat(caps.hasModule("junos-ex-conf-interfaces")).isTrue();
    }

    @Test
    void commitConfigurationCountsItsConfirmTimeoutInMinutes() {
        lab.get("j").shortenJunosMinute(Duration.ofSeconds(3));
        NetconfSession s = open("j");
        s.lock(Datastore.CANDIDATE);
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostname("ex-tmp")));
        Element reply = s.rpc("<commit-configuration><confirmed/><confirm-timeout>2</confirm-timeout><log>try</log></commit-configuration>").element();
        assertThat(texts(reply, "commit-success")).hasSize(1);
        assertThat(junosHostname(s)).isEqualTo("ex-tmp");
        Element history = s.rpc("<get-commit-information/>").element();
        assertThat(texts(history, "comment")).first().isEqualTo("commit confirmed, rollback in 2mins");
        assertThat(texts(history, "log")).first().isEqualTo("try");
        await(Duration.ofSeconds(40), "the rollback after two (lab) minutes", () -> "ex-j".equals(junosHostname(s)));
        assertThat(lab.get("j").store().confirmedCommitPending()).isFalse();
    }

    @Test
    void aConfirmedCommitDiesWithTheSessionThatMadeIt() {
        NetconfSession maker = open("j");
        maker.editConfig(EditConfig.of(Datastore.CANDIDATE, hostname("ex-tmp")));
        maker.rpc("<commit-configuration><confirmed/><confirm-timeout>10</confirm-timeout></commit-configuration>");
        NetconfSession other = open("j");
        assertThat(junosHostname(other)).isEqualTo("ex-tmp");
        maker.close();
        await(Duration.ofSeconds(10), "the rollback on session loss", () -> "ex-j".equals(junosHostname(other)));
        Element history = other.rpc("<get-commit-information/>").element();
        assertThat(texts(history, "client")).first().isEqualTo("other");
    }

    @Test
    void persistIsRefusedAsConfirmedCommitOneZeroHasNone() {
        NetconfSession s = open("j");
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostname("ex-tmp")));
        RpcError e = rpcError(() -> s.commitConfirmed(Duration.ofSeconds(60), Optional.of("p-1")));
        assertThat(e.tag()).isEqualTo("unknown-element");
        assertThat(e.info()).containsEntry("bad-element", "persist");
        assertThat(junosHostname(s)).isEqualTo("ex-j");
    }

    @Test
    void aCommitJunosRefusesIsReportedAsXnmErrorsWithEditPathAndStatement() {
        NetconfSession s = open("j");
        // test-option set skips the checks at edit time, as Junos defers them to the commit
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, "<configuration xmlns=\"" + ROOT + "\"><interfaces xmlns=\""
                + "http://yang.juniper.net/junos-ex/conf/interfaces\"><interface><name>ge-0/0/1</name><unit><name>0</name><family>"
                + "<ethernet-switching><interface-mode>access</interface-mode><vlan><members>GUEST</members></vlan></ethernet-switching>"
                + "</family></unit></interface></interfaces></configuration>").withTestOption(EditConfig.TestOption.SET));
        Element reply = s.rpc("<commit-configuration/>").element();
        var errors = reply.getElementsByTagNameNS(XNM, "error");
        assertThat(errors.getLength()).isEqualTo(2);
        Element first = (Element) errors.item(0);
        assertThat(text(first, "edit-path")).isEqualTo("[edit interfaces ge-0/0/1 unit 0 family ethernet-switching vlan]");
        assertThat(text(first, "statement")).isEqualTo("members GUEST");
        assertThat(text(first, "message")).contains("GUEST is not defined");
        assertThat(text((Element) errors.item(1), "message")).isEqualTo("configuration check-out failed");
        assertThat(texts(s.getConfig(Datastore.RUNNING, Optional.empty()), "interfaces")).isEmpty();
    }

    @Test
    void rollbackOneLoadsTheConfigurationBeforeTheLastCommit() {
        NetconfSession s = open("j");
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostname("ex-new")));
        s.rpc("<commit-configuration><log>rename</log></commit-configuration>");
        assertThat(junosHostname(s)).isEqualTo("ex-new");
        assertThat(texts(s.rpc("<load-configuration rollback=\"1\"/>").element(), "load-success")).hasSize(1);
        assertThat(text(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "host-name")).isEqualTo("ex-j");
        s.rpc("<commit-configuration/>");
        assertThat(junosHostname(s)).isEqualTo("ex-j");
    }
}
