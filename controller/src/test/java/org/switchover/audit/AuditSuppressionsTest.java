package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.audit.AuditFixtures.configDrift;
import static org.switchover.audit.AuditFixtures.finding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.inventory.Suppression;

class AuditSuppressionsTest {

    private static final String DESC = "/interfaces/interface[name=ge-0/0/1]/config/description";

    @Test
    void aPathSuppressesItsWholeSubtreeButNotSiblingsSharingAPrefix() {
        var s = AuditSuppressions.of(List.of(new Suppression("acc1", "/interfaces/interface[name=ge-0/0/1]", "desk moves weekly")));
        assertThat(s.matching(configDrift("acc1", DESC, "a", "b"))).isPresent();
        assertThat(s.matching(configDrift("acc1", "/interfaces/interface[name=ge-0/0/1]", "a", "b"))).isPresent();
        assertThat(s.matching(configDrift("acc1", "/interfaces/interface[name=ge-0/0/10]/config/description", "a", "b"))).isEmpty();
        assertThat(s.matching(configDrift("acc2", DESC, "a", "b"))).as("other device").isEmpty();
    }

    @Test
    void starDeviceAndKeyGlobsSpanSlashesInsideKeysOnly() {
        var s = AuditSuppressions.of(List.of(new Suppression("*", "/interfaces/interface[name=*]/config/description", "free text")));
        assertThat(s.matching(configDrift("core9", DESC, "a", "b"))).isPresent();
        assertThat(s.matching(configDrift("core9", "/interfaces/interface[name=ge-0/0/1]/config/mtu", "1", "2"))).isEmpty();
        var segment = AuditSuppressions.of(List.of(new Suppression("acc-*", "/system/*/servers", "ntp by ops")));
        assertThat(segment.matching(configDrift("acc-7", "/system/ntp/servers/server[address=1.2.3.4]", null, "x"))).isPresent();
        assertThat(segment.matching(configDrift("acc-7", "/system/ntp/extra/servers", null, "x"))).isEmpty();
        assertThat(segment.matching(configDrift("core-7", "/system/ntp/servers", null, "x"))).isEmpty();
        var deep = AuditSuppressions.of(List.of(new Suppression("*", "/system/**/servers", "ntp by ops")));
        assertThat(deep.matching(configDrift("acc-7", "/system/ntp/extra/servers", null, "x"))).isPresent();
    }

    @Test
    void stateFindingsCanBeSuppressedButReachabilityAndHostKeysNever() {
        var s = AuditSuppressions.of(List.of(new Suppression("*", "/", "everything, for the sake of the test")));
        assertThat(s.matching(finding("a", AuditFindingKind.PORT_DOWN, "/state/interface[name=x]/oper-status", "m"))).isPresent();
        assertThat(s.matching(finding("a", AuditFindingKind.UNREACHABLE, "/", "m"))).isEmpty();
        assertThat(s.matching(finding("a", AuditFindingKind.HOST_KEY_CHANGED, "/", "m"))).isEmpty();
    }

    @Test
    void splitKeepsHiddenFindingsWithTheirSuppression() {
        Suppression why = new Suppression("acc1", "/system/clock", "clock set by NTP");
        var split = AuditSuppressions.of(List.of(why)).split(List.of(
                configDrift("acc1", "/system/clock/config/timezone-name", "UTC", "Europe/Amsterdam"),
                configDrift("acc1", DESC, "a", "b")));
        assertThat(split.active()).extracting(AuditFinding::path).containsExactly(DESC);
        assertThat(split.suppressed()).singleElement().satisfies(x -> assertThat(x.by()).isEqualTo(why));
    }

    @Test
    void quotedKeysAsWrittenInSiteFilesMatchTheDiffsPaths() {
        var s = AuditSuppressions.of(List.of(
                new Suppression("acc-12", "/interfaces/interface[name='eth48']/config/description", "labelled by hand"),
                new Suppression("acc-12", "/vlans/vlan[id=\"300\"]", "cctv")));
        assertThat(s.matching(configDrift("acc-12", "/interfaces/interface[name=eth48]/config/description", "a", "b"))).isPresent();
        assertThat(s.matching(configDrift("acc-12", "/interfaces/interface[name=eth4]/config/description", "a", "b"))).isEmpty();
        assertThat(s.matching(configDrift("acc-12", "/vlans/vlan[id=300]/config/name", "a", "b"))).isPresent();
    }

    @Test
    void regexCharactersInPathsAreLiteral() {
        var s = AuditSuppressions.of(List.of(new Suppression("*", "/acl/entry[seq=1.0]", "r")));
        assertThat(s.matching(configDrift("a", "/acl/entry[seq=1.0]/action", "x", "y"))).isPresent();
        assertThat(s.matching(configDrift("a", "/acl/entry[seq=1x0]/action", "x", "y"))).isEmpty();
    }
}
