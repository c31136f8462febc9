package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;

/** Every confirmed-commit path of RFC 6241 section 8.4, through switchover's client over SSH. */
class ConfirmedCommitConformanceTest extends LabTestSupport {

    private NetconfSession pushed(String hostname) {
        NetconfSession s = open("a");
        s.lock(Datastore.CANDIDATE);
        s.discardChanges();
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload(hostname)));
        s.validate(Datastore.CANDIDATE);
        return s;
    }

    private String running() {
        return lab.get("a").hostname();
    }

    @Test
    void confirmingCommitKeepsTheChange() {
        NetconfSession s = pushed("new-a");
        s.commitConfirmed(Duration.ofSeconds(1), Optional.empty());
        assertThat(runningHostname(s)).isEqualTo("new-a");
        s.confirmCommit(Optional.empty());
        s.unlock(Datastore.CANDIDATE);
        assertThat(lab.get("a").store().confirmedCommitPending()).isFalse();
        // past the confirm-timeout, nothing rolls back
        await(Duration.ofSeconds(3), "the old timeout to pass", () -> !lab.get("a").store().confirmedCommitPending());
        assertThat(runningHostname(s)).isEqualTo("new-a");
    }

    @Test
    void timeoutRollsBack() {
        NetconfSession s = pushed("temporary");
        s.commitConfirmed(Duration.ofSeconds(1), Optional.empty());
        assertThat(runningHostname(s)).isEqualTo("temporary");
        await(Duration.ofSeconds(5), "the confirm-timeout to roll back", () -> running().equals("core-a"));
        assertThat(runningHostname(s)).isEqualTo("core-a");
        assertThat(text(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "hostname")).isEqualTo("core-a");
    }

    @Test
    void sessionLossRollsBackWithoutPersist() {
        NetconfSession s = pushed("lost");
        s.commitConfirmed(Duration.ofSeconds(600), Optional.empty());
        assertThat(running()).isEqualTo("lost");
        s.close();
        await(Duration.ofSeconds(5), "the session loss to roll back", () -> running().equals("core-a"));
    }

    @Test
    void otherSessionCannotConfirmWithoutPersist() {
        NetconfSession s = pushed("mine");
        s.unlock(Datastore.CANDIDATE);
        s.commitConfirmed(Duration.ofSeconds(600), Optional.empty());
        NetconfSession other = open("a");
        assertRpcError(() -> other.confirmCommit(Optional.empty()), "in-use");
        assertRpcError(() -> other.cancelCommit(Optional.empty()), "in-use");
        s.cancelCommit(Optional.empty());
        assertThat(running()).isEqualTo("core-a");
    }

    @Test
    void persistedCommitSurvivesSessionLossAndIsConfirmedFromAnotherSession() {
        NetconfSession s = pushed("persisted");
        s.commitConfirmed(Duration.ofSeconds(600), Optional.of("replace-42"));
        s.close();
        await(Duration.ofSeconds(5), "the session to end", () -> lab.get("a").openSessions() == 0);
        assertThat(running()).isEqualTo("persisted");
        NetconfSession other = open("a");
        RpcError wrong = rpcError(() -> other.confirmCommit(Optional.of("replace-41")));
        assertThat(wrong.tag()).isEqualTo("invalid-value");
        other.confirmCommit(Optional.of("replace-42"));
        assertThat(lab.get("a").store().confirmedCommitPending()).isFalse();
        assertThat(runningHostname(other)).isEqualTo("persisted");
    }

    @Test
    void cancelCommitRollsBackAtOnceFromAnySessionWithThePersistId() {
        NetconfSession s = pushed("cancelled");
        s.commitConfirmed(Duration.ofSeconds(600), Optional.of("p-1"));
        NetconfSession other = open("a");
        other.cancelCommit(Optional.of("p-1"));
        assertThat(running()).isEqualTo("core-a");
        assertRpcError(() -> other.cancelCommit(Optional.of("p-1")), "operation-failed");
    }

    @Test
    void followUpConfirmedCommitKeepsTheFirstRollbackPoint() {
        NetconfSession s = pushed("step-1");
        s.commitConfirmed(Duration.ofSeconds(600), Optional.empty());
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("step-2")));
        s.commitConfirmed(Duration.ofSeconds(1), Optional.empty());
        assertThat(running()).isEqualTo("step-2");
        await(Duration.ofSeconds(5), "the shortened timeout to roll back", () -> running().equals("core-a"));
    }

    @Test
    void rejectedCommitChangesNothing() {
        NetconfSession s = pushed("refused");
        lab.rejectNextCommit("a");
        RpcError e = rpcError(() -> s.commitConfirmed(Duration.ofSeconds(600), Optional.of("x")));
        assertThat(e.tag()).isEqualTo("operation-failed");
        assertThat(running()).isEqualTo("core-a");
        assertThat(lab.get("a").store().confirmedCommitPending()).isFalse();
        s.commit();
        assertThat(running()).isEqualTo("refused");
    }
}
