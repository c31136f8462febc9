package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.switchover.driver.PendingCommitState;
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
 * Ethernet2 trunk 10,20, both cabled to peer {@code b}; Ethernet3 enabled, uncabled, a trunk carrying no VLAN), a
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

    /** The hardware model of every lab switch; its ports are {@link #portName}(1..8). */
    protected SwitchModel model() {
        return MODEL;
    }

    /** The name of the {@code n}th port (1-based) in the platform's convention. */
    protected String portName(int n) {
        return "Ethernet" + n;
    }

    /** Adjusts the running lab before the tests, e.g. a platform's time units; nothing by default. */
    protected void tune(Lab lab) {
    }

    /** Whether the platform's devices can be run without :candidate or :confirmed-commit (the fallback tests). */
    protected boolean hasCapabilityFallbacks() {
        return true;
    }

    /** The platform under test. */
    protected abstract SwitchPlatform platform();

    /** VLANs a lab switch of this platform has besides those its config renders (none, unless the lab gives it some). */
    protected List<VlanState> unmanagedVlans() {
        return List.of();
    }

    /** Golden for switch {@code a}: hostname, Ethernet1 access 10 "to peer", Ethernet2 trunk 10,20, Ethernet3 enabled as a trunk carrying no VLAN; VLANs 10 public, 20 social. */
    protected abstract ConfigPayload golden(String device, String hostname);

    /** A minimal config for the peer: hostname and Ethernet1..3 enabled. */
    protected abstract String peerConfig(String hostname);

    /** A raw merge that sets the description of {@code port}, as someone at the console would. */
    protected abstract String descriptionEdit(String port, String description);

    /** Where this platform's configuration keeps the description of {@code port}. */
    protected abstract String descriptionPath(String port);

    /** The features of switch {@code a}, its peer and the spare: a device with :candidate and :confirmed-commit. */
    protected SwitchFeatures features() {
        return SwitchFeatures.all();
    }

    /** The features of switch {@code nocand}: the platform's device without :candidate. */
    protected SwitchFeatures withoutCandidate() {
        return SwitchFeatures.all().without("candidate");
    }

    /** {@code xml} with port Ethernet3 renamed Ethernet99, a port the hardware lacks, as this platform writes port names. */
    protected String withUnknownPort(String xml) {
        return xml.replace(portName(3), portName(99));
    }

    /** The lab, for platform-specific tests of subclasses. */
    protected Lab lab() {
        return lab;
    }

    @BeforeAll
    void startLab() throws IOException {
        dir = Files.createTempDirectory("contract-" + platform().id());
        String golden = golden("a", "core-a").xml();
        lab = Lab.start(new LabSpec(dir, List.of(
                SwitchSpec.of("a", platform(), model(), golden, ADMIN).withFeatures(features()),
                SwitchSpec.of("b", platform(), model(), peerConfig("peer-b"), ADMIN).withFeatures(features()),
                SwitchSpec.spare("spare", platform(), model(), ADMIN).withFeatures(features()),
                SwitchSpec.of("nocand", platform(), model(), golden, ADMIN).withFeatures(withoutCandidate()),
                SwitchSpec.of("noconfirm", platform(), model(), golden, ADMIN).withFeatures(features().without("confirmed-commit"))),
                List.of(CableSpec.parse("a:" + portName(1), "b:" + portName(1)), CableSpec.parse("a:" + portName(2), "b:" + portName(2)))));
        tune(lab);
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
            console.editConfig(EditConfig.of(Datastore.CANDIDATE, descriptionEdit(portName(3), "moved by hand")));
            console.commit();
        }
        ConfigDiff drift = a.compliance(golden("a", "core-a"));
        assertThat(drift.changes()).containsExactly(new ConfigChange(descriptionPath(portName(3)), "moved by hand", null));
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
        assumeTrue(a.confirmedCommitPersists(), "the platform's confirmed commits are tied to their session");
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
    void withoutPersistLosingTheSessionRollsBackAndALaterSessionSeesNothingPending() {
        assumeTrue(!a.confirmedCommitPersists(), "the platform's confirmed commits persist");
        a.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
        a.commitConfirmed(Duration.ofSeconds(60), "tied-1");
        try (PlatformDriver other = driver("a")) {
            assertThat(other.pendingCommit("tied-1")).isEqualTo(PendingCommitState.PENDING);
            assertThat(other.facts().hostname()).isEqualTo("core-a-tmp");
            assertThatThrownBy(() -> other.confirm("tied-1")).isInstanceOf(DriverException.class).hasMessageContaining("session");
        }
        a.close();
        a = driver("a");
        assertThat(a.facts().hostname()).as("rolled back when the session that made it ended").isEqualTo("core-a");
        assertThat(a.pendingCommit("tied-1")).isEqualTo(PendingCommitState.NOT_PENDING);
        assertThat(a.compliance(golden("a", "core-a")).render()).isEmpty();
    }

    @Test
    void aConfirmedAndACancelledCommitAreNoLongerPending() {
        assumeTrue(!a.confirmedCommitPersists(), "the platform's confirmed commits persist");
        a.loadCandidate(golden("a", "core-a-new"), LoadMode.REPLACE);
        a.commitConfirmed(Duration.ofSeconds(60), "kept-1");
        a.confirm("kept-1");
        a.loadCandidate(golden("a", "core-a-tmp"), LoadMode.REPLACE);
        a.commitConfirmed(Duration.ofSeconds(60), "undone-1");
        a.cancel("undone-1");
        try (PlatformDriver other = driver("a")) {
            assertThat(other.pendingCommit("kept-1")).isEqualTo(PendingCommitState.NOT_PENDING);
            assertThat(other.pendingCommit("undone-1")).isEqualTo(PendingCommitState.NOT_PENDING);
            assertThat(other.compliance(golden("a", "core-a-new")).render()).isEmpty();
        }
    }

    @Test
    void aConfirmedChangeSavedAsStartupSurvivesAReload() throws IOException {
        pushAndConfirm(a, golden("a", "core-a-saved"));
        a.saveRunning();
        lab.powerOff("a");
        lab.powerOn("a");
        try (PlatformDriver reloaded = driver("a")) {
            assertThat(reloaded.compliance(golden("a", "core-a-saved")).render()).as("the configuration it boots with").isEmpty();
        }
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
        assertThat(facts.model()).isEqualTo(model().name());
        assertThat(facts.serial()).isEqualTo(lab.get("a").identity().serial());
        assertThat(facts.osVersion()).isEqualTo(model().osVersion());
        assertThat(facts.ports()).containsAll(model().ports());

        InterfaceState e1 = port(a, portName(1));
        assertThat(e1.mode()).isEqualTo(PortMode.ACCESS);
        assertThat(e1.accessVlan()).isEqualTo(OptionalInt.of(10));
        assertThat(e1.description()).isEqualTo("to peer");
        assertThat(e1.adminUp()).isTrue();
        assertThat(e1.operUp()).isTrue();
        InterfaceState e2 = port(a, portName(2));
        assertThat(e2.mode()).isEqualTo(PortMode.TRUNK);
        assertThat(e2.trunkVlans()).containsExactly(10, 20);
        assertThat(e2.operUp()).isTrue();
        InterfaceState e3 = port(a, portName(3));
        assertThat(e3.adminUp()).isTrue();
        assertThat(e3.operUp()).as("enabled but not cabled").isFalse();
        assertThat(e3.mode()).as("an empty trunk reads back as one, not as access VLAN 1").isEqualTo(PortMode.TRUNK);
        assertThat(e3.trunkVlans()).isEmpty();

        List<VlanState> vlans = new java.util.ArrayList<>(List.of(new VlanState(10, "public"), new VlanState(20, "social")));
        vlans.addAll(unmanagedVlans());
        assertThat(a.vlans()).containsExactlyElementsOf(vlans);
        assertThat(a.lldpNeighbors()).containsExactlyInAnyOrder(
                new LldpNeighbor(portName(1), "peer-b", portName(1)), new LldpNeighbor(portName(2), "peer-b", portName(2)));
    }

    @Test
    void gettersFollowTheCablingWhenItChanges() {
        Topology.Endpoint peerPort2 = Topology.Endpoint.parse("b:" + portName(2));
        Topology.Endpoint peerPort3 = Topology.Endpoint.parse("b:" + portName(3));
        lab.move(peerPort2, peerPort3);
        try {
            assertThat(a.lldpNeighbors()).contains(new LldpNeighbor(portName(2), "peer-b", portName(3)));
            lab.failPort(Topology.Endpoint.parse("a:" + portName(1)), true);
            assertThat(port(a, portName(1)).adminUp()).isTrue();
            assertThat(port(a, portName(1)).operUp()).as("failed hardware").isFalse();
        } finally {
            lab.failPort(Topology.Endpoint.parse("a:" + portName(1)), false);
            lab.move(peerPort3, peerPort2);
        }
        assertThat(a.lldpNeighbors()).contains(new LldpNeighbor(portName(2), "peer-b", portName(2)));
        assertThat(port(a, portName(1)).operUp()).isTrue();
    }

    @Test
    void setPortsEnabledChangesOperStateAcrossTheLink() {
        try (PlatformDriver b = driver("b")) {
            assertThat(port(b, portName(1)).operUp()).isTrue();
            a.setPortsEnabled(Set.of(portName(1)), false);
            a.commitConfirmed(Duration.ofSeconds(60), "flip-1");
            a.confirm("flip-1");
            assertThat(port(a, portName(1)).adminUp()).isFalse();
            assertThat(port(b, portName(1)).operUp()).isFalse();
            assertThat(b.lldpNeighbors()).extracting(LldpNeighbor::localPort).doesNotContain(portName(1));

            a.setPortsEnabled(Set.of(portName(1)), true);
            a.commitConfirmed(Duration.ofSeconds(60), "flip-2");
            a.confirm("flip-2");
            assertThat(port(b, portName(1)).operUp()).isTrue();
            assertThat(port(b, portName(2)).operUp()).isTrue();
        }
    }

    @Test
    void setPortsEnabledRefusesAPortTheDeviceDoesNotHave() {
        assertThatThrownBy(() -> a.setPortsEnabled(Set.of(portName(99)), false))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("a has no port " + portName(99));
    }

    @Test
    void withoutCandidateTheDriverEditsRunningAndEmulatesConfirm() {
        assumeTrue(hasCapabilityFallbacks(), "the platform always has :candidate and :confirmed-commit");
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
        assumeTrue(hasCapabilityFallbacks(), "the platform always has :candidate and :confirmed-commit");
        try (PlatformDriver d = driver("nocand")) {
            pushAndConfirm(d, golden("nocand", "core-a"));
            d.loadCandidate(golden("nocand", "core-a-tmp"), LoadMode.REPLACE);
            d.discard();
            assertThat(d.compliance(golden("nocand", "core-a")).render()).isEmpty();
        }
    }

    @Test
    void withoutConfirmedCommitTheDriverRollsBackOnTimeoutAndSaysSo() {
        assumeTrue(hasCapabilityFallbacks(), "the platform always has :candidate and :confirmed-commit");
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
        for (String name : hasCapabilityFallbacks() ? List.of("a", "nocand") : List.of("a")) {
            try (PlatformDriver d = driver(name)) {
                pushAndConfirm(d, golden(name, "core-a"));
                ConfigPayload good = golden(name, "core-a-bad");
                ConfigPayload bad = new ConfigPayload(name, withUnknownPort(good.xml()), good.ownedSubtrees());
                assertThatThrownBy(() -> d.loadCandidate(bad, LoadMode.REPLACE))
                        .isInstanceOf(DriverException.class)
                        .hasMessageContaining(name)
                        .hasMessageContaining(portName(99))
                        .hasMessageContaining("nothing was changed");
                assertThat(d.compliance(golden(name, "core-a")).render()).as(name).isEmpty();
                pushAndConfirm(d, golden(name, "core-a"));
            }
        }
    }

    @Test
    void aLoadWhileAnotherSessionHoldsTheLockFailsClearly() {
        Datastore target = features().candidate() ? Datastore.CANDIDATE : Datastore.RUNNING;
        lab.holdLock("a", target);
        try {
            assertThatThrownBy(() -> a.loadCandidate(golden("a", "core-a2"), LoadMode.REPLACE))
                    .isInstanceOf(DriverException.class)
                    .hasMessageContaining("lock " + target.xmlName() + " on a failed");
        } finally {
            lab.releaseHeldLocks("a");
        }
        pushAndConfirm(a, golden("a", "core-a2"));
        assertThat(a.facts().hostname()).isEqualTo("core-a2");
    }

    @Test
    void theControllersWayOfOpeningGivesThePlatformsOwnDriver() {
        // the controller opens with a clock and the site's port numbering; that must reach the same driver as the plain open
        try (PlatformDriver plain = driver("a");
                PlatformDriver controllers = PlatformDrivers.open(platform().id(), session("a"), java.time.Clock.systemUTC(),
                        java.util.Optional.empty())) {
            assertThat(controllers.getClass()).isEqualTo(plain.getClass());
            assertThat(controllers.facts().hostname()).isEqualTo(plain.facts().hostname());
        }
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

    protected NetconfSession session(String name) {
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
