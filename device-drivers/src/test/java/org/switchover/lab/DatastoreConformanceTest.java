package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;
import org.w3c.dom.Element;

/** Every datastore operation of RFC 6241 against a simulated switch, through switchover's client over SSH. */
class DatastoreConformanceTest extends LabTestSupport {
    private static final String NC = "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\"";

    private static String itf(String attrs, String port, String description) {
        return "<interfaces xmlns=\"" + OC_IF + "\"><interface" + attrs + "><name>" + port + "</name><config><name>" + port
                + "</name><type " + LabFixtures.IANAIFT + ">ianaift:ethernetCsmacd</type><description>" + description
                + "</description></config></interface></interfaces>";
    }

    private static String description(Element data, String port) {
        return entryText(data, "interface", port, "description");
    }

    @Test
    void helloAdvertisesTheCapabilitiesAndModulesOfThePlatform() {
        NetconfSession s = open("a");
        Capabilities caps = s.serverCapabilities();
        assertThat(caps.uris()).contains(Capabilities.BASE_10, Capabilities.BASE_11, Capabilities.CANDIDATE,
                Capabilities.CONFIRMED_COMMIT_11, Capabilities.VALIDATE_11, Capabilities.ROLLBACK_ON_ERROR,
                Capabilities.WRITABLE_RUNNING, Capabilities.STARTUP);
        assertThat(caps.hasModule("openconfig-interfaces")).isTrue();
        assertThat(s.sessionId()).isPositive();
        NetconfSession ietf = open("c");
        assertThat(ietf.serverCapabilities().yangLibrary()).isTrue();
        assertThat(texts(ietf.yangLibrary(), "name")).contains("ietf-interfaces", "ieee802-dot1q-bridge", "ieee802-dot1ab-lldp");
    }

    @Test
    void editCandidateThenCommitChangesRunning() {
        NetconfSession s = open("a");
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, itf("", "Ethernet4", "printer")));
        assertThat(description(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "Ethernet4")).isEqualTo("printer");
        assertThat(description(s.getConfig(Datastore.RUNNING, Optional.empty()), "Ethernet4")).isNull();
        s.commit();
        assertThat(description(s.getConfig(Datastore.RUNNING, Optional.empty()), "Ethernet4")).isEqualTo("printer");
    }

    @Test
    void createDeleteRemoveReplaceAndMergeMatchListEntriesByKey() {
        NetconfSession s = open("a");
        RpcError exists = rpcError(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE,
                itf(" " + NC + " nc:operation=\"create\"", "Ethernet1", "x"))));
        assertThat(exists.tag()).isEqualTo("data-exists");
        assertThat(exists.type()).isEqualTo("application");
        assertRpcError(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE,
                "<interfaces xmlns=\"" + OC_IF + "\"><interface " + NC + " nc:operation=\"delete\"><name>Ethernet7</name></interface></interfaces>")),
                "data-missing");
        s.editConfig(EditConfig.of(Datastore.CANDIDATE,
                "<interfaces xmlns=\"" + OC_IF + "\"><interface " + NC + " nc:operation=\"remove\"><name>Ethernet7</name></interface></interfaces>"));
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, itf(" " + NC + " nc:operation=\"create\"", "Ethernet6", "new")));
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, itf(" " + NC + " nc:operation=\"replace\"", "Ethernet1", "replaced")));
        Element candidate = s.getConfig(Datastore.CANDIDATE, Optional.empty());
        assertThat(description(candidate, "Ethernet1")).isEqualTo("replaced");
        assertThat(entryText(candidate, "interface", "Ethernet1", "enabled")).as("replace dropped the old leaves").isNull();
        assertThat(description(candidate, "Ethernet6")).isEqualTo("new");
        assertThat(entryText(candidate, "interface", "Ethernet3", "enabled")).as("other entries untouched").isEqualTo("true");
        s.editConfig(EditConfig.of(Datastore.CANDIDATE,
                "<interfaces xmlns=\"" + OC_IF + "\"><interface " + NC + " nc:operation=\"delete\"><name>Ethernet6</name></interface></interfaces>"));
        assertThat(description(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "Ethernet6")).isNull();
    }

    @Test
    void defaultOperationErrorOptionAndTestOptionAreHonoured() {
        NetconfSession s = open("a");
        String bad = hostnamePayload("half") + "<interfaces xmlns=\"" + OC_IF + "\"><interface " + NC
                + " nc:operation=\"delete\"><name>Ethernet7</name></interface></interfaces>";
        assertRpcError(() -> s.editConfig(EditConfig.of(Datastore.RUNNING, bad).withErrorOption(EditConfig.ErrorOption.ROLLBACK_ON_ERROR)),
                "data-missing");
        assertThat(runningHostname(s)).as("rollback-on-error left nothing applied").isEqualTo("core-a");

        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("ignored")).withDefaultOperation(EditConfig.DefaultOperation.NONE));
        assertThat(text(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "hostname")).isEqualTo("core-a");

        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("only")).withDefaultOperation(EditConfig.DefaultOperation.REPLACE));
        assertThat(text(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "interface")).isNull();
        s.discardChanges();

        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("tested")).withTestOption(EditConfig.TestOption.TEST_ONLY));
        assertThat(text(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "hostname")).isEqualTo("core-a");
    }

    @Test
    void validateRefusesWhatTheModelsAndHardwareRefuse() {
        NetconfSession s = open("a");
        String noType = "<interfaces xmlns=\"" + OC_IF + "\"><interface><name>Ethernet5</name><config><name>Ethernet5</name>"
                + "<description>x</description></config></interface></interfaces>";
        RpcError mandatory = rpcError(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE, noType)));
        assertThat(mandatory.tag()).isEqualTo("data-missing");
        assertThat(mandatory.message()).contains("Ethernet5").contains("type");

        String vlan4095 = "<interfaces xmlns=\"" + OC_IF + "\"><interface><name>Ethernet1</name><ethernet xmlns=\"http://openconfig.net/yang/interfaces/ethernet\">"
                + "<switched-vlan xmlns=\"http://openconfig.net/yang/vlan\"><config><interface-mode>ACCESS</interface-mode>"
                + "<access-vlan>4095</access-vlan></config></switched-vlan></ethernet></interface></interfaces>";
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, vlan4095).withTestOption(EditConfig.TestOption.SET));
        RpcError range = rpcError(() -> s.validate(Datastore.CANDIDATE));
        assertThat(range.tag()).isEqualTo("invalid-value");
        assertThat(range.message()).contains("4095").contains("1..4094");
        assertRpcError(s::commit, "invalid-value");
        s.discardChanges();

        RpcError port = rpcError(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE, itf("", "Ethernet48", "x"))));
        assertThat(port.tag()).isEqualTo("invalid-value");
        assertThat(port.message()).contains("Ethernet48").contains("LAB-8");
        s.validate(Datastore.CANDIDATE);
    }

    @Test
    void lockContentionNamesTheHolderAndEndsWithTheSession() {
        NetconfSession first = open("a");
        NetconfSession second = open("a");
        first.lock(Datastore.CANDIDATE);
        RpcError denied = rpcError(() -> second.lock(Datastore.CANDIDATE));
        assertThat(denied.tag()).isEqualTo("lock-denied");
        assertThat(denied.info()).containsEntry("session-id", Long.toString(first.sessionId()));
        assertRpcError(() -> second.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("x"))), "in-use");
        assertRpcError(() -> second.unlock(Datastore.CANDIDATE), "operation-failed");
        first.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("abandoned")));
        first.close();
        await(Duration.ofSeconds(5), "the lock to go with its session", () -> lab.get("a").store().lockHolder(Datastore.CANDIDATE).isEmpty());
        second.lock(Datastore.CANDIDATE);
        assertThat(text(second.getConfig(Datastore.CANDIDATE, Optional.empty()), "hostname")).as("candidate discarded").isEqualTo("core-a");
        second.unlock(Datastore.CANDIDATE);
    }

    @Test
    void killSessionReleasesTheVictimsLocks() {
        NetconfSession victim = open("a");
        NetconfSession killer = open("a");
        victim.lock(Datastore.RUNNING);
        killer.killSession(victim.sessionId());
        killer.lock(Datastore.RUNNING);
        await(Duration.ofSeconds(5), "the killed session to be closed", () -> !victim.isOpen());
        assertRpcError(() -> killer.killSession(killer.sessionId()), "invalid-value");
    }

    @Test
    void copyConfigDeleteConfigAndDiscardChanges() {
        NetconfSession s = open("a");
        s.editConfig(EditConfig.of(Datastore.RUNNING, hostnamePayload("saved")));
        s.copyConfig(Datastore.RUNNING, Datastore.STARTUP);
        assertThat(text(s.getConfig(Datastore.STARTUP, Optional.empty()), "hostname")).isEqualTo("saved");
        s.rpc("<delete-config><target><startup/></target></delete-config>");
        assertThat(text(s.getConfig(Datastore.STARTUP, Optional.empty()), "hostname")).isNull();
        assertRpcError(() -> s.rpc("<delete-config><target><running/></target></delete-config>"), "invalid-value");

        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("draft")));
        s.discardChanges();
        assertThat(text(s.getConfig(Datastore.CANDIDATE, Optional.empty()), "hostname")).isEqualTo("saved");
        s.copyConfig(Datastore.RUNNING, Datastore.CANDIDATE);
    }

    @Test
    void subtreeFilterSelectsListEntriesByKey() {
        NetconfSession s = open("a");
        Element data = s.get(Optional.of("<interfaces xmlns=\"" + OC_IF + "\"><interface><name>Ethernet1</name><state/></interface></interfaces>"));
        assertThat(texts(data, "name")).containsExactly("Ethernet1", "Ethernet1");
        assertThat(text(data, "oper-status")).isEqualTo("UP");
        assertThat(text(data, "hostname")).isNull();
    }

    @Test
    void closeSessionEndsTheSession() {
        NetconfSession s = open("a");
        s.close();
        assertThat(s.isOpen()).isFalse();
        await(Duration.ofSeconds(5), "the switch to forget the session", () -> lab.get("a").openSessions() == 0);
    }

    @Test
    void unknownOperationIsRefusedWithOperationNotSupported() {
        NetconfSession s = open("a");
        assertRpcError(() -> s.rpc("<frobnicate/>"), "operation-not-supported");
    }
}
