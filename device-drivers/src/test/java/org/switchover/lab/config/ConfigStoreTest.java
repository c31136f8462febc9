package org.switchover.lab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchover.lab.config.OcConfig.access;
import static org.switchover.lab.config.OcConfig.hostname;
import static org.switchover.lab.config.OcConfig.interfaces;
import static org.switchover.lab.config.OcConfig.itf;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.RpcError;

class ConfigStoreTest {
    private static final SwitchModel MODEL = SwitchModel.numbered("LAB-8", "Ethernet", 8);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final ConfigStore store = newStore(SwitchFeatures.all());

    private ConfigStore newStore(SwitchFeatures features) {
        XmlNode initial = XmlReader.parseConfig(hostname("sw1") + interfaces(itf("Ethernet1", "uplink", true)), "test");
        return new ConfigStore(features, ConfigRules.of(SwitchPlatform.OPENCONFIG, MODEL), Schema.standard(), initial, scheduler);
    }

    private static XmlNode xml(String payload) {
        return XmlReader.parseConfig(payload, "test");
    }

    private void edit(long session, Datastore target, String payload) {
        store.editConfig(session, EditRequest.merge(target, xml(payload)));
    }

    private static String description(XmlNode root, String port) {
        return root.child("interfaces").orElseThrow().children("interface").stream()
                .filter(i -> i.childText("name").orElse("").equals(port)).findFirst()
                .flatMap(i -> i.path("config", "description")).map(XmlNode::text).orElse(null);
    }

    private static RpcError errorOf(Runnable r) {
        try {
            r.run();
        } catch (RpcFailure f) {
            return f.errors().get(0);
        }
        throw new AssertionError("expected an rpc-error");
    }

    @Test
    void mergeChangesCandidateOnlyUntilCommit() {
        edit(1, Datastore.CANDIDATE, interfaces(itf("Ethernet2", "server", true)));
        assertThat(description(store.get(Datastore.CANDIDATE), "Ethernet2")).isEqualTo("server");
        assertThat(description(store.running(), "Ethernet2")).isNull();
        store.commit(1, CommitRequest.plain());
        assertThat(description(store.running(), "Ethernet2")).isEqualTo("server");
        assertThat(description(store.running(), "Ethernet1")).isEqualTo("uplink");
    }

    @Test
    void listEntriesAreMatchedByKey() {
        edit(1, Datastore.CANDIDATE, interfaces("<interface><name>Ethernet1</name><config><description>core</description></config></interface>"));
        XmlNode candidate = store.get(Datastore.CANDIDATE);
        assertThat(candidate.child("interfaces").orElseThrow().children("interface")).hasSize(1);
        assertThat(description(candidate, "Ethernet1")).isEqualTo("core");
        assertThat(candidate.path("interfaces", "interface", "config", "type")).isPresent();
    }

    @Test
    void aConfigContainerWithANameLeafIsMergedNotAddedBeside() {
        String ni = "<network-instances xmlns=\"http://openconfig.net/yang/network-instance\"><network-instance><name>default</name>"
                + "<vlans><vlan><vlan-id>10</vlan-id><config><vlan-id>10</vlan-id><name>%s</name></config></vlan></vlans>"
                + "</network-instance></network-instances>";
        edit(1, Datastore.CANDIDATE, ni.formatted("office"));
        edit(1, Datastore.CANDIDATE, ni.formatted("phones"));
        XmlNode vlan = store.get(Datastore.CANDIDATE).path("network-instances", "network-instance", "vlans", "vlan").orElseThrow();
        assertThat(vlan.children("config")).singleElement()
                .satisfies(c -> assertThat(c.childText("name")).contains("phones"));
    }

    @Test
    void createDeleteRemoveAndReplaceFollowRfc6241() {
        RpcError exists = errorOf(() -> edit(1, Datastore.CANDIDATE,
                interfaces(itf("Ethernet1", "x", true).replace("<interface>", "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"create\">"))));
        assertThat(exists.tag()).isEqualTo("data-exists");
        RpcError missing = errorOf(() -> edit(1, Datastore.CANDIDATE, interfaces(
                "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"><name>Ethernet5</name></interface>")));
        assertThat(missing.tag()).isEqualTo("data-missing");
        edit(1, Datastore.CANDIDATE, interfaces(
                "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"><name>Ethernet5</name></interface>"));
        edit(1, Datastore.CANDIDATE, interfaces(itf("Ethernet1", "new", false)
                .replace("<description>new</description>", "").replace("<interface>", "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"replace\">")));
        assertThat(description(store.get(Datastore.CANDIDATE), "Ethernet1")).isNull();
        edit(1, Datastore.CANDIDATE, interfaces(
                "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"><name>Ethernet1</name></interface>"));
        assertThat(store.get(Datastore.CANDIDATE).child("interfaces").orElseThrow().children()).isEmpty();
    }

    @Test
    void defaultOperationNoneTouchesOnlyMarkedElements() {
        store.editConfig(1, new EditRequest(Datastore.CANDIDATE, xml(interfaces(
                "<interface><name>Ethernet1</name><config><description xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"/>"
                        + "<mtu>9000</mtu></config></interface>")), "none", null, null));
        XmlNode config = store.get(Datastore.CANDIDATE).path("interfaces", "interface", "config").orElseThrow();
        assertThat(config.child("description")).isEmpty();
        assertThat(config.child("mtu")).isEmpty();
    }

    @Test
    void defaultOperationReplaceReplacesTheWholeDatastore() {
        store.editConfig(1, new EditRequest(Datastore.CANDIDATE, xml(hostname("only")), "replace", null, null));
        XmlNode candidate = store.get(Datastore.CANDIDATE);
        assertThat(candidate.children()).hasSize(1);
        assertThat(candidate.path("system", "config", "hostname").orElseThrow().text()).isEqualTo("only");
    }

    @Test
    void rollbackOnErrorKeepsNothingStopOnErrorKeepsWhatCameFirst() {
        String payload = hostname("changed") + interfaces(
                "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"><name>Ethernet7</name></interface>");
        errorOf(() -> store.editConfig(1, new EditRequest(Datastore.RUNNING, xml(payload), null, "rollback-on-error", null)));
        assertThat(store.running().path("system", "config", "hostname").orElseThrow().text()).isEqualTo("sw1");
        errorOf(() -> store.editConfig(1, new EditRequest(Datastore.RUNNING, xml(payload), null, "stop-on-error", null)));
        assertThat(store.running().path("system", "config", "hostname").orElseThrow().text()).isEqualTo("changed");
    }

    @Test
    void continueOnErrorReportsEveryError() {
        String payload = interfaces(
                "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"><name>Ethernet6</name></interface>"
                        + "<interface xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"><name>Ethernet7</name></interface>");
        assertThatThrownBy(() -> store.editConfig(1, new EditRequest(Datastore.CANDIDATE, xml(payload), null, "continue-on-error", null)))
                .isInstanceOfSatisfying(RpcFailure.class, f -> assertThat(f.errors()).hasSize(2));
    }

    @Test
    void testOptionsDecideWhetherInvalidConfigIsRefusedOrApplied() {
        String noType = interfaces("<interface><name>Ethernet3</name><config><name>Ethernet3</name></config></interface>");
        RpcError mandatory = errorOf(() -> edit(1, Datastore.CANDIDATE, noType));
        assertThat(mandatory.tag()).isEqualTo("data-missing");
        assertThat(mandatory.path()).contains("Ethernet3").endsWith("/config/type");
        assertThat(store.get(Datastore.CANDIDATE).child("interfaces").orElseThrow().children()).hasSize(1);

        store.editConfig(1, new EditRequest(Datastore.CANDIDATE, xml(interfaces(itf("Ethernet4", "t", true))), null, null, "test-only"));
        assertThat(description(store.get(Datastore.CANDIDATE), "Ethernet4")).isNull();

        store.editConfig(1, new EditRequest(Datastore.CANDIDATE, xml(noType), null, null, "set"));
        RpcError atCommit = errorOf(() -> store.commit(1, CommitRequest.plain()));
        assertThat(atCommit.tag()).isEqualTo("data-missing");
        assertThat(store.running().child("interfaces").orElseThrow().children()).hasSize(1);
    }

    @Test
    void validateRefusesVlansOutOfRangeAndPortsTheHardwareLacks() {
        store.editConfig(1, new EditRequest(Datastore.CANDIDATE, xml(interfaces(access("Ethernet1", 4095), itf("Ethernet99", "x", true))),
                null, null, "set"));
        assertThatThrownBy(() -> store.validate(Optional.of(Datastore.CANDIDATE), Optional.empty()))
                .isInstanceOfSatisfying(RpcFailure.class, f -> {
                    assertThat(f.errors()).extracting(RpcError::tag).containsOnly("invalid-value");
                    assertThat(f.errors()).extracting(RpcError::message).anyMatch(m -> m.contains("4095"))
                            .anyMatch(m -> m.contains("Ethernet99") && m.contains("LAB-8"));
                });
    }

    @Test
    void locksDenyOtherSessionsAndNameTheHolder() {
        store.lock(1, Datastore.CANDIDATE);
        RpcError denied = errorOf(() -> store.lock(2, Datastore.CANDIDATE));
        assertThat(denied.tag()).isEqualTo("lock-denied");
        assertThat(denied.info()).containsEntry("session-id", "1");
        assertThat(errorOf(() -> edit(2, Datastore.CANDIDATE, hostname("x"))).tag()).isEqualTo("in-use");
        assertThat(errorOf(() -> store.unlock(2, Datastore.CANDIDATE)).tag()).isEqualTo("operation-failed");
        edit(1, Datastore.CANDIDATE, hostname("x"));
        store.sessionEnded(1);
        assertThat(store.lockHolder(Datastore.CANDIDATE)).isEmpty();
        assertThat(store.get(Datastore.CANDIDATE).path("system", "config", "hostname").orElseThrow().text()).isEqualTo("sw1");
        store.lock(2, Datastore.CANDIDATE);
    }

    @Test
    void dirtyCandidateCannotBeLockedUntilDiscarded() {
        edit(1, Datastore.CANDIDATE, hostname("x"));
        RpcError denied = errorOf(() -> store.lock(2, Datastore.CANDIDATE));
        assertThat(denied.tag()).isEqualTo("lock-denied");
        assertThat(denied.info()).containsEntry("session-id", "0");
        store.discardChanges(2);
        store.lock(2, Datastore.CANDIDATE);
    }

    @Test
    void confirmedCommitRollsBackWhenTheTimeoutExpires() {
        edit(1, Datastore.CANDIDATE, hostname("new"));
        store.commit(1, CommitRequest.confirmed(Duration.ofSeconds(30), Optional.empty()));
        assertThat(hostnameOf(store.running())).isEqualTo("new");
        scheduler.advance(Duration.ofSeconds(29));
        assertThat(hostnameOf(store.running())).isEqualTo("new");
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(hostnameOf(store.running())).isEqualTo("sw1");
        assertThat(hostnameOf(store.get(Datastore.CANDIDATE))).isEqualTo("sw1");
        assertThat(store.confirmedCommitPending()).isFalse();
    }

    @Test
    void confirmingCommitMakesItPermanent() {
        edit(1, Datastore.CANDIDATE, hostname("new"));
        store.commit(1, CommitRequest.confirmed(Duration.ofSeconds(30), Optional.empty()));
        store.commit(1, CommitRequest.plain());
        scheduler.advance(Duration.ofMinutes(20));
        assertThat(hostnameOf(store.running())).isEqualTo("new");
        assertThat(scheduler.live()).isZero();
    }

    @Test
    void defaultTimeoutIsSixHundredSeconds() {
        edit(1, Datastore.CANDIDATE, hostname("new"));
        store.commit(1, new CommitRequest(true, CommitRequest.DEFAULT_CONFIRM_TIMEOUT, Optional.empty(), Optional.empty()));
        scheduler.advance(Duration.ofSeconds(599));
        assertThat(hostnameOf(store.running())).isEqualTo("new");
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(hostnameOf(store.running())).isEqualTo("sw1");
    }

    @Test
    void sessionLossRollsBackUnlessPersisted() {
        edit(1, Datastore.CANDIDATE, hostname("new"));
        store.commit(1, CommitRequest.confirmed(Duration.ofSeconds(30), Optional.empty()));
        assertThat(errorOf(() -> store.commit(2, CommitRequest.plain())).tag()).isEqualTo("in-use");
        store.sessionEnded(1);
        assertThat(hostnameOf(store.running())).isEqualTo("sw1");

        edit(3, Datastore.CANDIDATE, hostname("persisted"));
        store.commit(3, CommitRequest.confirmed(Duration.ofSeconds(30), Optional.of("job-7")));
        store.sessionEnded(3);
        assertThat(hostnameOf(store.running())).isEqualTo("persisted");
        RpcError wrongId = errorOf(() -> store.commit(4, CommitRequest.confirming(Optional.of("job-8"))));
        assertThat(wrongId.tag()).isEqualTo("invalid-value");
        assertThat(errorOf(() -> store.commit(4, CommitRequest.plain())).tag()).isEqualTo("invalid-value");
        store.commit(4, CommitRequest.confirming(Optional.of("job-7")));
        scheduler.advance(Duration.ofMinutes(5));
        assertThat(hostnameOf(store.running())).isEqualTo("persisted");
    }

    @Test
    void cancelCommitRollsBackAtOnceToTheFirstRollbackPoint() {
        edit(1, Datastore.CANDIDATE, hostname("first"));
        store.commit(1, CommitRequest.confirmed(Duration.ofSeconds(30), Optional.of("p1")));
        edit(1, Datastore.CANDIDATE, hostname("second"));
        store.commit(1, new CommitRequest(true, Duration.ofSeconds(60), Optional.of("p2"), Optional.of("p1")));
        assertThat(hostnameOf(store.running())).isEqualTo("second");
        scheduler.advance(Duration.ofSeconds(31));
        assertThat(hostnameOf(store.running())).as("the follow-up commit restarted the timer").isEqualTo("second");
        assertThat(errorOf(() -> store.cancelCommit(2, Optional.of("p1"))).tag()).isEqualTo("invalid-value");
        store.cancelCommit(2, Optional.of("p2"));
        assertThat(hostnameOf(store.running())).isEqualTo("sw1");
        assertThat(errorOf(() -> store.cancelCommit(2, Optional.empty())).tag()).isEqualTo("operation-failed");
    }

    @Test
    void injectedFaultRejectsOnlyTheNextCommit() {
        edit(1, Datastore.CANDIDATE, hostname("new"));
        store.rejectNextCommit();
        assertThat(errorOf(() -> store.commit(1, CommitRequest.plain())).tag()).isEqualTo("operation-failed");
        store.commit(1, CommitRequest.plain());
        assertThat(hostnameOf(store.running())).isEqualTo("new");
    }

    @Test
    void featuresSwitchedOffRefuseTheirOperations() {
        ConfigStore bare = newStore(SwitchFeatures.all().without("candidate").without("startup"));
        assertThat(errorOf(() -> bare.lock(1, Datastore.CANDIDATE)).tag()).isEqualTo("operation-not-supported");
        assertThat(errorOf(() -> bare.get(Datastore.STARTUP)).tag()).isEqualTo("operation-not-supported");
        bare.editConfig(1, EditRequest.merge(Datastore.RUNNING, xml(hostname("direct"))));
        assertThat(hostnameOf(bare.running())).isEqualTo("direct");
    }

    @Test
    void copyConfigSavesRunningToStartupAndRebootLoadsIt() {
        edit(1, Datastore.RUNNING, hostname("saved"));
        store.copyConfig(1, Optional.of(Datastore.RUNNING), Optional.empty(), Datastore.STARTUP);
        edit(1, Datastore.RUNNING, hostname("unsaved"));
        store.reboot();
        assertThat(hostnameOf(store.running())).isEqualTo("saved");
    }

    private static String hostnameOf(XmlNode root) {
        return root.path("system", "config", "hostname").orElseThrow().text();
    }
}
