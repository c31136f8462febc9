package org.switchover.platform.junos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchover.driver.PendingCommitState;
import org.switchover.platform.DeviceXml;
import org.w3c.dom.Element;

/** Whether a confirmed commit still waits, read from the commit history as show system commit lists it. */
class JunosCommitHistoryTest {

    private static Element reply(String entries) {
        return DeviceXml.parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><commit-information"
                + " xmlns=\"http://xml.juniper.net/junos/23.4R2/junos\">" + entries + "</commit-information></rpc-reply>", "test");
    }

    private static String entry(int n, String comment, String log) {
        return "<commit-history><sequence-number>" + n + "</sequence-number><user>admin</user><client>netconf</client>"
                + "<date-time>2026-12-03 03:00:00 UTC</date-time>" + (comment.isEmpty() ? "" : "<comment>" + comment + "</comment>")
                + (log.isEmpty() ? "" : "<log>" + log + "</log>") + "</commit-history>";
    }

    @Test
    void theLatestCommitStillShowingItsDeadlineIsPending() {
        assertThat(JunosCommitHistory.state(reply(entry(0, "commit confirmed, rollback in 2mins", "switchover run-1")
                + entry(1, "", "earlier")), "run-1")).isEqualTo(PendingCommitState.PENDING);
    }

    @Test
    void aCommitWithAnyCommitAfterItIsNoLongerPending() {
        assertThat(JunosCommitHistory.state(reply(entry(0, "", "switchover confirm run-1")
                + entry(1, "commit confirmed, rollback in 2mins", "switchover run-1")), "run-1")).isEqualTo(PendingCommitState.NOT_PENDING);
        assertThat(JunosCommitHistory.state(reply(entry(0, "rollback: a confirmed commit ended unconfirmed", "")
                + entry(1, "commit confirmed, rollback in 2mins", "switchover run-1")), "run-1")).isEqualTo(PendingCommitState.NOT_PENDING);
    }

    @Test
    void aCommitTheHistoryDoesNotHoldIsNotPending() {
        assertThat(JunosCommitHistory.state(reply(entry(0, "commit confirmed, rollback in 2mins", "switchover run-2")), "run-1"))
                .isEqualTo(PendingCommitState.NOT_PENDING);
        assertThat(JunosCommitHistory.state(reply(""), "run-1")).isEqualTo(PendingCommitState.NOT_PENDING);
    }
}
