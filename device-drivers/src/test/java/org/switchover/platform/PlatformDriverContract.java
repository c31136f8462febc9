package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.DriverException;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PlatformMismatchException;
import org.switchover.driver.VlanState;
import org.switchover.lab.Lab;
import org.switchover.lab.LabSpec;
import org.switchover.lab.LabSpec.CableSpec;
import org.switchover.lab.LabSpec.SwitchSpec;
import org.switchover.lab.SwitchCredentials;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.lab.Topology;
import org.switchover.lab.config.SwitchFeatures;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfException;
import org.switchover.netconf.NetconfSession;

/**
 * The one contract every platform driver must keep, run over real NETCONF/SSH sessions to lab
 * switches of that platform. The lab: switch {@code a} under test (Ethernet1 access VLAN 10 and
 * Ethernet2 trunk 10,20, both cabled to peer {@code b}; Ethernet3 enabled, uncabled), a
 * factory-default spare, and two copies of {@code a} with :candidate and :confirmed-commit off.
 * Each test starts from golden on every switch it touches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformDriverContract {

    protected static final SwitchModel MODEL = SwitchModel.numbered("LAB-8", "Ethernet", 8);
    private static final SwitchCredentials ADMIN = SwitchCredentials.password("admin", "contract-secret");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private Path dir;
    private Lab lab;
    private PlatformDriver a;

    /** The platform under test. */
    protected abstract SwitchPlatform platform();

    /** Golden for switch {@code a}: hostname, Ethernet1 access 10 "to peer", Ethernet2 trunk 10,20, Ethernet3 enabled; VLANs 10 public, 20 social. */
    protected abstract ConfigPayload golden(String device, String hostname);

    /** A minimal config for the peer: hostname and Ethernet1..3 enabled. */
    protected abstract String peerConfig(String hostname);

    /** A raw merge that sets the description of {@code port}, as someone at the console would. */
    protected abstract String descriptionEdit(String port, String description);

    /** Where this platform's configuration keeps the description of {@code port}. */
    protected abstract String descriptionPath(String port);

    @BeforeAll
    void startLab() throws IOException {
        dir = Files.createTempDirectory("contract-" + platform().id());
        String golden = golden("a", "core-a").xml();
        lab = Lab.start(new LabSpec(dir, List.of(
                SwitchSpec.of("a", platform(), MODEL, golden, ADMIN),
                SwitchSpec.of("b", platform(), MODEL, peerConfig("peer-b"), ADMIN),
                SwitchSpec.spare("spare", platform(), MODEL, ADMIN),
                SwitchSpec.of("nocand", platform(), MODEL, golden, ADMIN).withFeatures(SwitchFeatures.all().without("candidate")),
                SwitchSpec.of("noconfirm", platform(), MODEL, golden, ADMIN).withFeatures(SwitchFeatures.all().without("confirmed-commit"))),
                List.of(CableSpec.parse("a:Ethernet1", "b:Ethernet1"), CableSpec.parse("a:Ethernet2", "b:Ethernet2"))));
    }

    @AfterAll
    void stopLab() {
        if (lab != null) lab.close();
    }

    @BeforeEach
    void openDriver() {
        a = driver("a");
        pushAndConfirm(a, golden("a", "core-a"));
    }

    @AfterEach
    void closeDriver() {
        if (a != null) a.close();
    }

    @Test
    void pushGoldenOntoASpareThenCompareIsEmpty() {
        ConfigPayload golden = golden("spare", "core-a");
        try (PlatformDriver spare = driver("spare")) {
            assertThat(spare.compliance(golden).isEmpty()).isFalse();
            spare.loadCandidate(golden, LoadMode.REPLACE);
            assertThat(spare.compare().changes()).isNotEmpty();
            CommitResult result = spare.commitConfirmed(Duration.ofSeconds(60), "spare-1");
            assertThat(result.emulated()).isFalse();
            spare.confirm("spare-1");
            assertThat(spare.compliance(golden).render()).isEmpty();
            spare.loadCandidate(golden, LoadMode.REPLACE);
            assertThat(spare.compare().render()).isEmpty();
            spare.discard();
        }
    }

    @Test
    void compareShowsExactlyWhatTheCandidateChanges() {
        a.loadCandidate(golden("a", "core-a2"), LoadMode.REPLACE);
        ConfigDiff diff = a.compare();
        assertThat(diff.changes()).hasSize(1);
        assertThat(diff.changes().get(0).before()).isEqualTo("core-a");
        assertThat(diff.changes().get(0).after()).isEqualTo("core-a2");
        a.discard();
        assertThat(a.compliance(golden("a", "core-a")).render()).isEmpty();
    }

    @Test
    void anOutOfBandChangeAppearsAsExactlyThatChange() {
        try (NetconfSession console = session("a")) {
            console.editConfig(EditConfig.of(Datastore.CANDIDATE, descriptionEdit("Ethernet3", "moved by hand")));
            console.commit();
        }
        ConfigDiff drift = a.compliance(golden("a", "core-a"));
        assertThat(drift.changes()).containsExactly(new ConfigChange(descriptionPath("Ethernet3"), "moved by hand", null));
    }

    @Test
    void aConfirmedCommitThatTimesOutRollsBack() {
        a.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
        CommitResult result = a.commitConfirmed(Duration.ofSeconds(1), "timeout-1");
        assertThat(result.emulated()).isFalse();
        assertThat(a.facts().hostname()).isEqualTo("core-a-tmp");
        await(() -> a.compliance(golden("a", "core-a")).isEmpty());
        assertThat(a.facts().hostname()).isEqualTo("core-a");
        assertThatThrownBy(() -> a.confirm("timeout-1")).isInstanceOf(NetconfException.class);
    }

    @Test
    void cancelRollsBack() {
        a.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
        a.commitConfirmed(Duration.ofSeconds(60), "cancel-1");
        assertThat(a.compliance(golden("a", "core-a-tmp")).render()).isEmpty();
        a.cancel("cancel-1");
        assertThat(a.compliance(golden("a", "core-a")).render()).isEmpty();
    }

    @Test
    void aPersistedConfirmedCommitOutlivesItsSessionAndANewSessionCancelsOrConfirmsIt() {
        a.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
        a.commitConfirmed(Duration.ofSeconds(60), "resume-1");
        a.close();
        a = driver("a");
        assertThat(a.facts().hostname()).as("still pending after the session closed").isEqualTo("core-a-tmp");
        a.cancel("resume-1");
        assertThat(a.compliance(golden("a", "core-a")).render()).isEmpty();

        a.loadCandidate(golden("a", "core-a-new"), LoadMode.REPLACE);
        a.commitConfirmed(Duration.ofSeconds(60), "resume-2");
        a.close();
        a = driver("a");
        a.confirm("resume-2");
        assertThat(a.compliance(golden("a", "core-a-new")).render()).isEmpty();
    }

    @Test
    void rollbackRestoresTheCopySavedBeforeThePush() {
        pushAndConfirm(a, golden("a", "core-a-new"));
        a.rollback();
        assertThat(a.compliance(golden("a", "core-a")).render()).isEmpty();
    }

    @Test
    void gettersReturnWhatCablingAndConfigImply() {
        DeviceFacts facts = a.facts();
        assertThat(facts.hostname()).isEqualTo("core-a");
        assertThat(facts.model()).isEqualTo(MODEL.name());
        assertThat(facts.serial()).isEqualTo(lab.get("a").identity().serial());
        assertThat(facts.osVersion()).isEqualTo(MODEL.osVersion());
        assertThat(facts.ports()).containsAll(MODEL.ports());

        InterfaceState e1 = port(a, "Ethernet1");
        assertThat(e1.mode()).isEqualTo(PortMode.ACCESS);
        assertThat(e1.accessVlan()).isEqualTo(OptionalInt.of(10));
        assertThat(e1.description()).isEqualTo("to peer");
        assertThat(e1.adminUp()).isTrue();
        assertThat(e1.operUp()).isTrue();
        InterfaceState e2 = port(a, "Ethernet2");
        assertThat(e2.mode()).isEqualTo(PortMode.TRUNK);
        assertThat(e2.trunkVlans()).containsExactly(10, 20);
        assertThat(e2.operUp()).isTrue();
        InterfaceState e3 = port(a, "Ethernet3");
        assertThat(e3.adminUp()).isTrue();
        assertThat(e3.operUp()).as("enabled but not cabled").isFalse();

        assertThat(a.vlans()).containsExactly(new VlanState(10, "public"), new VlanState(20, "social"));
        assertThat(a.lldpNeighbors()).containsExactlyInAnyOrder(
                new LldpNeighbor("Ethernet1", "peer-b", "Ethernet1"), new LldpNeighbor("Ethernet2", "peer-b", "Ethernet2"));
    }

    @Test
    void gettersFollowTheCablingWhenItChanges() {
        Topology.Endpoint peerPort2 = Topology.Endpoint.parse("b:Ethernet2");
        Topology.Endpoint peerPort3 = Topology.Endpoint.parse("b:Ethernet3");
        lab.move(peerPort2, peerPort3);
        try {
            assertThat(a.lldpNeighbors()).contains(new LldpNeighbor("Ethernet2", "peer-b", "Ethernet3"));
            lab.failPort(Topology.Endpoint.parse("a:Ethernet1"), true);
            assertThat(port(a, "Ethernet1").adminUp()).isTrue();
            assertThat(port(a, "Ethernet1").operUp()).as("failed hardware").isFalse();
        } finally {
            lab.failPort(Topology.Endpoint.parse("a:Ethernet1"), false);
            lab.move(peerPort3, peerPort2);
        }
        assertThat(a.lldpNeighbors()).contains(new LldpNeighbor("Ethernet2", "peer-b", "Ethernet2"));
        assertThat(port(a, "Ethernet1").operUp()).isTrue();
    }

    @Test
    void setPortsEnabledChangesOperStateAcrossTheLink() {
        try (PlatformDriver b = driver("b")) {
            assertThat(port(b, "Ethernet1").operUp()).isTrue();
            a.setPortsEnabled(Set.of("Ethernet1"), false);
            a.commitConfirmed(Duration.ofSeconds(60), "flip-1");
            a.confirm("flip-1");
            assertThat(port(a, "Ethernet1").adminUp()).isFalse();
            assertThat(port(b, "Ethernet1").operUp()).isFalse();
            assertThat(b.lldpNeighbors()).extracting(LldpNeighbor::localPort).doesNotContain("Ethernet1");

            a.setPortsEnabled(Set.of("Ethernet1"), true);
            a.commitConfirmed(Duration.ofSeconds(60), "flip-2");
            a.confirm("flip-2");
            assertThat(port(b, "Ethernet1").operUp()).isTrue();
            assertThat(port(b, "Ethernet2").operUp()).isTrue();
        }
    }

    @Test
    void setPortsEnabledRefusesAPortTheDeviceDoesNotHave() {
        assertThatThrownBy(() -> a.setPortsEnabled(Set.of("Ethernet99"), false))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("a has no port Ethernet99");
    }

    @Test
    void withoutCandidateTheDriverEditsRunningAndEmulatesConfirm() {
        try (PlatformDriver d = driver("nocand")) {
            pushAndConfirm(d, golden("nocand", "core-a"));
            d.loadCandidate(golden("nocand", "core-a-tmp"), LoadMode.REPLACE);
            assertThat(d.compare().changes()).singleElement().satisfies(c -> assertThat(c.after()).isEqualTo("core-a-tmp"));
            CommitResult result = d.commitConfirmed(Duration.ofSeconds(60), "nc-1");
            assertThat(result.emulated()).isTrue();
            assertThat(result.note()).contains(":candidate");
            assertThat(d.facts().hostname()).isEqualTo("core-a-tmp");
            d.cancel("nc-1");
            assertThat(d.compliance(golden("nocand", "core-a")).render()).isEmpty();

            pushAndConfirm(d, golden("nocand", "core-a-new"));
            assertThat(d.compliance(golden("nocand", "core-a-new")).render()).isEmpty();
            d.rollback();
            assertThat(d.compliance(golden("nocand", "core-a")).render()).isEmpty();
        }
    }

    @Test
    void withoutCandidateADiscardRestoresRunning() {
        try (PlatformDriver d = driver("nocand")) {
            pushAndConfirm(d, golden("nocand", "core-a"));
            d.loadCandidate(golden("nocand", "core-a-tmp"), LoadMode.REPLACE);
            d.discard();
            assertThat(d.compliance(golden("nocand", "core-a")).render()).isEmpty();
        }
    }

    @Test
    void withoutConfirmedCommitTheDriverRollsBackOnTimeoutAndSaysSo() {
        try (PlatformDriver d = driver("noconfirm")) {
            pushAndConfirm(d, golden("noconfirm", "core-a"));
            d.loadCandidate(golden("noconfirm", "core-a-tmp"), LoadMode.REPLACE);
            CommitResult result = d.commitConfirmed(Duration.ofSeconds(1), "ncc-1");
            assertThat(result.emulated()).isTrue();
            assertThat(result.note()).contains(":confirmed-commit");
            assertThat(d.facts().hostname()).isEqualTo("core-a-tmp");
            await(() -> d.compliance(golden("noconfirm", "core-a")).isEmpty());
            assertThatThrownBy(() -> d.confirm("ncc-1")).isInstanceOf(DriverException.class).hasMessageContaining("timeout");

            d.loadCandidate(golden("noconfirm", "core-a-tmp"), LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "ncc-2");
            d.cancel("ncc-2");
            assertThat(d.compliance(golden("noconfirm", "core-a")).render()).isEmpty();
        }
    }

    @Test
    void aRefusedLoadLeavesNothingHalfAppliedAndReleasesTheLock() {
        for (String name : List.of("a", "nocand")) {
            try (PlatformDriver d = driver(name)) {
                pushAndConfirm(d, golden(name, "core-a"));
                ConfigPayload good = golden(name, "core-a-bad");
                ConfigPayload bad = new ConfigPayload(name, good.xml().replace("Ethernet3", "Ethernet99"), good.ownedSubtrees());
                assertThatThrownBy(() -> d.loadCandidate(bad, LoadMode.REPLACE))
                        .isInstanceOf(DriverException.class)
                        .hasMessageContaining(name)
                        .hasMessageContaining("Ethernet99")
                        .hasMessageContaining("nothing was changed");
                assertThat(d.compliance(golden(name, "core-a")).render()).as(name).isEmpty();
                pushAndConfirm(d, golden(name, "core-a"));
            }
        }
    }

    @Test
    void aLoadWhileAnotherSessionHoldsTheLockFailsClearly() {
        lab.holdLock("a", Datastore.CANDIDATE);
        try {
            assertThatThrownBy(() -> a.loadCandidate(golden("a", "core-a2"), LoadMode.REPLACE))
                    .isInstanceOf(DriverException.class)
                    .hasMessageContaining("lock candidate on a failed");
        } finally {
            lab.releaseHeldLocks("a");
        }
        pushAndConfirm(a, golden("a", "core-a2"));
        assertThat(a.facts().hostname()).isEqualTo("core-a2");
    }

    @Test
    void theOtherPlatformsDriverIsRefusedWithWhatIsMissing() {
        String other = platform() == SwitchPlatform.OPENCONFIG ? "ietf" : "openconfig";
        NetconfSession s = session("a");
        try {
            // a generic device lacks the other platform's modules; a vendor device is named for what it announces
            assertThatThrownBy(() -> PlatformDrivers.open(other, s))
                    .isInstanceOf(PlatformMismatchException.class)
                    .hasMessageContaining("a '" + other + "' switch")
                    .hasMessageMatching("(?s).*(does not look like a '" + other + "' switch: missing .*YANG module"
                            + "|is .* \\(it announces .*\\), not a '" + other + "' switch; set platform: " + platform().id() + ").*");
        } finally {
            s.close();
        }
    }

    protected PlatformDriver driver(String name) {
        return PlatformDrivers.open(platform().id(), session(name));
    }

    private NetconfSession session(String name) {
        ConnectOptions options = ConnectOptions.of(name, "127.0.0.1", lab.get(name).port(),
                new Credentials.Password("admin", "contract-secret"), HostKeyPolicy.strict(lab.knownHosts()));
        return NetconfClient.connect(options);
    }

    private static void pushAndConfirm(PlatformDriver d, ConfigPayload golden) {
        d.loadCandidate(golden, LoadMode.REPLACE);
        CommitResult r = d.commitConfirmed(Duration.ofSeconds(60), "reset-" + d.device());
        d.confirm(r.persistId());
    }

    private static InterfaceState port(PlatformDriver d, String name) {
        return d.interfaces().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(d.device() + " reports no interface " + name));
    }

    /** Polls {@code condition} until it holds or {@link #WAIT} has passed. */
    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("condition not met within " + WAIT);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
