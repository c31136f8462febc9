package org.switchover.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DriverException;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.VlanState;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.Framing;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;
import org.switchover.netconf.RpcErrorException;
import org.switchover.platform.NetconfDriver;
import org.switchover.platform.PlatformDrivers;
import org.switchover.render.Renderer;
import org.switchover.workflow.TemplateGoldenConfigs;
import org.w3c.dom.Element;

/**
 * The NETCONF client and the ietf driver against Debian's netconfd (yuma123), an independent C
 * implementation with :candidate, :confirmed-commit:1.1, :validate and :rollback-on-error, over
 * real SSH (OpenSSH's sshd) with the host key checked. The golden configuration is acc-2 of the
 * minimal site rendered by the built-in ietf templates, as a replacement pushes it. Every test
 * reads the server's running configuration back.
 */
class NetconfdIT {
    private static final String IF_NS = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    private static final Path MINIMAL = Path.of("../templates/sites/minimal/site.yaml");
    /** The ieee802 modules the ietf platform needs beyond what netconfd ships, with their imports. */
    private static final List<String> PLATFORM_MODULES = List.of("ieee802-dot1q-bridge", "ieee802-dot1q-types",
            "ieee802-types", "ieee802-dot1ab-lldp", "ieee802-dot1ab-types", "ietf-routing");

    /** Every persist id the tests use, cancelled before each test in case one was left pending. */
    private static final List<String> PERSIST_IDS = List.of("reset", "client-1", "client-2", "push-1", "push-2", "push-3", "push-4");

    @TempDir
    static Path work;

    private static Netconfd server;
    private static ConfigPayload golden;
    private static ConfigPayload moved;
    private static List<Path> modules;
    /** acc-2's ports in hardware order: bridge port N is the Nth, as the site can declare. */
    private static List<String> portOrder;

    @BeforeAll
    static void start() throws Exception {
        Optional<String> missing = Netconfd.missing();
        if (missing.isPresent()) {
            System.out.println("NetconfdIT skipped: " + missing.get());
            Assumptions.abort(missing.get());
        }
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        if (!Files.isDirectory(yang)) {
            System.out.println("NetconfdIT skipped: no YANG folder at " + yang.toAbsolutePath() + " (set -Dswitchover.yang.dir)");
            Assumptions.abort("no YANG folder at " + yang.toAbsolutePath());
        }
        golden = render("Office desk");
        Site site = SiteLoader.defaults().loadOrThrow(MINIMAL);
        portOrder = List.copyOf(site.devices().get("acc-2").ports().keySet());
        moved = render("Office desk, moved");
        modules = platformModules(yang);
        server = Netconfd.start(Files.createDirectories(work.resolve("netconfd")), modules);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /**
     * Cancels any confirmed commit an earlier test left pending (netconfd refuses every lock while
     * one is), then pushes golden where running differs; most tests leave it as it was, which one
     * read shows. One session does both: sessions are what these tests spend their time on.
     */
    @BeforeEach
    void runningIsGoldenAndNothingPending() {
        NetconfSession s = session();
        for (String id : PERSIST_IDS) {
            try {
                s.cancelCommit(Optional.of(id));
            } catch (RpcErrorException e) {
                // none pending under this id: the usual case
            }
        }
        try (PlatformDriver d = PlatformDrivers.open("ietf", s)) {
            if (d.compliance(golden).isEmpty()) return;
            d.loadCandidate(golden, LoadMode.REPLACE);
            d.confirm(d.commitConfirmed(Duration.ofSeconds(60), "reset").persistId());
            assertThat(d.compliance(golden).render()).isEmpty();
        }
    }

    // --- the client

    @Test
    void helloNegotiatesChunkedFramingAndAdvertisesWhatASafePushNeeds() {
        try (NetconfSession s = session()) {
            Capabilities caps = s.serverCapabilities();
            assertThat(s.sessionId()).isPositive();
            assertThat(Framing.negotiate(Capabilities.client(), caps)).isEqualTo(Framing.CHUNKED);
            assertThat(caps.base10()).isTrue();
            assertThat(caps.candidate()).isTrue();
            assertThat(caps.confirmedCommit()).isTrue();
            assertThat(caps.confirmedCommit11()).isTrue();
            assertThat(caps.validate()).isTrue();
            assertThat(caps.rollbackOnError()).isTrue();
            assertThat(caps.hasModule("ietf-interfaces")).isTrue();
            // a chunked reply parsed whole: running holds the golden uplink
            assertThat(descriptionOf(s, Datastore.RUNNING, "up1")).contains("link to core-1:eth2");
        }
    }

    /**
     * The same server speaking base:1.0 only: end-of-message framing, and :confirmed-commit:1.0
     * without persist, so the driver's confirmed commit is tied to its session.
     */
    @Test
    void aBase10ServerIsSpokenToWithEndOfMessageFramingAndAConfirmedCommitWithoutPersist() throws Exception {
        try (Netconfd base10 = Netconfd.start(Files.createDirectories(work.resolve("base10")), modules, List.of("--protocols=netconf1.0"))) {
            try (NetconfSession s = NetconfClient.connect(base10.connectOptions("netconfd-1.0"))) {
                assertThat(s.serverCapabilities().base11()).isFalse();
                assertThat(Framing.negotiate(Capabilities.client(), s.serverCapabilities())).isEqualTo(Framing.END_OF_MESSAGE);
                assertThat(s.serverCapabilities().confirmedCommit()).isTrue();
                assertThat(s.serverCapabilities().confirmedCommit11()).isFalse();
            }
            try (PlatformDriver d = PlatformDrivers.open("ietf", NetconfClient.connect(base10.connectOptions("netconfd-1.0")))) {
                assertThat(d.confirmsNatively()).isTrue();
                assertThat(d.confirmedCommitPersists()).isFalse();
                d.loadCandidate(golden, LoadMode.REPLACE);
                assertThat(d.commitConfirmed(Duration.ofSeconds(60), "base10").emulated()).isFalse();
                d.confirm("base10");
            }
            try (PlatformDriver d = PlatformDrivers.open("ietf", NetconfClient.connect(base10.connectOptions("netconfd-1.0")));
                    NetconfSession s = NetconfClient.connect(base10.connectOptions("netconfd-1.0"))) {
                assertThat(d.compliance(golden).render()).isEmpty();
                assertThat(descriptionOf(s, Datastore.RUNNING, "up1")).contains("link to core-1:eth2");
            }
        }
    }

    @Test
    void lockEditAndAConfirmedCommitConfirmedFromAnotherSessionByPersistId() {
        try (NetconfSession s = session()) {
            s.lock(Datastore.CANDIDATE);
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, description("eth5", "edited by the client")));
            assertThat(descriptionOf(s, Datastore.CANDIDATE, "eth5")).contains("edited by the client");
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth5")).contains("Office desk");
            s.commitConfirmed(Duration.ofSeconds(60), Optional.of("client-1"));
            s.unlock(Datastore.CANDIDATE);
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth5")).contains("edited by the client");
        }
        // the session that committed is gone; with persist the commit outlives it (RFC 6241 8.4.1)
        try (NetconfSession s = session()) {
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth5")).contains("edited by the client");
            s.confirmCommit(Optional.of("client-1"));
        }
        try (NetconfSession s = session()) {
            assertThatThrownBy(() -> s.cancelCommit(Optional.of("client-1"))).isInstanceOf(RpcErrorException.class);
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth5")).contains("edited by the client");
        }
    }

    /**
     * A deviation of netconfd the driver works around (see ConfigPush): a {@code <validate>} of
     * the candidate passes, and the {@code <commit>} after it answers ok but leaves out what was
     * validated, where RFC 6241 8.3.4.1 copies the whole candidate into running. When this test
     * fails, netconfd has been fixed.
     */
    @Test
    void netconfdLeavesOutOfACommitWhatAValidateBeforeItSaw() {
        try (NetconfSession s = session()) {
            s.lock(Datastore.CANDIDATE);
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, description("eth9", "validated")));
            s.validate(Datastore.CANDIDATE);
            s.commit();
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth9")).contains("Office desk");
            // staged again from running, the same edit is committed
            s.discardChanges();
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, description("eth9", "validated")));
            s.commit();
            s.unlock(Datastore.CANDIDATE);
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth9")).contains("validated");
        }
    }

    @Test
    void cancelCommitFromAnotherSessionRestoresRunning() {
        try (NetconfSession s = session()) {
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, description("eth6", "about to be cancelled")));
            s.commitConfirmed(Duration.ofSeconds(60), Optional.of("client-2"));
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth6")).contains("about to be cancelled");
        }
        try (NetconfSession s = session()) {
            s.cancelCommit(Optional.of("client-2"));
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth6")).contains("Office desk");
        }
    }

    @Test
    void aConfirmedCommitWithoutPersistConfirmedOnItsSession() {
        try (NetconfSession s = session()) {
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, description("eth7", "confirmed on the session")));
            s.commitConfirmed(Duration.ofSeconds(60), Optional.empty());
            s.confirmCommit(Optional.empty());
        }
        try (NetconfSession s = session()) {
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth7")).contains("confirmed on the session");
        }
    }

    @Test
    void aLockHeldByAnotherSessionIsATypedRpcErrorNamingTheHolder() {
        try (NetconfSession holder = session(); NetconfSession other = session()) {
            holder.lock(Datastore.CANDIDATE);
            assertThatThrownBy(() -> other.lock(Datastore.CANDIDATE))
                    .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                        assertThat(e.operation()).isEqualTo("lock");
                        assertThat(e.device()).isEqualTo("netconfd");
                        assertThat(e.messageId()).isPresent();
                        RpcError error = e.first();
                        assertThat(error.type()).isEqualTo("protocol");
                        assertThat(error.tag()).isEqualTo("lock-denied");
                        assertThat(error.severity()).isEqualTo("error");
                        // RFC 6241 7.5: the session-id of the holder
                        assertThat(error.info()).containsEntry("session-id", Long.toString(holder.sessionId()));
                    });
            holder.unlock(Datastore.CANDIDATE);
            other.lock(Datastore.CANDIDATE);
            other.unlock(Datastore.CANDIDATE);
        }
    }

    @Test
    void anInvalidEditIsATypedRpcErrorAndChangesNothing() {
        try (NetconfSession s = session()) {
            String bad = "<interfaces xmlns=\"" + IF_NS + "\"><interface><name>eth8</name><enabled>maybe</enabled></interface></interfaces>";
            assertThatThrownBy(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE, bad)))
                    .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                        assertThat(e.operation()).isEqualTo("edit-config");
                        RpcError error = e.first();
                        // RFC 6241 appendix A allows protocol or application for invalid-value
                        assertThat(error.type()).isEqualTo("protocol");
                        assertThat(error.tag()).isEqualTo("invalid-value");
                        assertThat(error.path()).contains("enabled");
                        assertThat(error.message()).isNotBlank();
                    });
            s.discardChanges();
            assertThat(enabledOf(s, Datastore.CANDIDATE, "eth8")).contains("true");
            assertThat(enabledOf(s, Datastore.RUNNING, "eth8")).contains("true");
        }
    }

    /**
     * RFC 7950 8.3.3 lets the candidate be invalid until it is validated or committed; netconfd
     * refuses the edit itself, which is stricter and allowed. Either way the client must see the
     * error typed, and running must not change.
     */
    @Test
    void anInterfaceWithoutItsMandatoryTypeIsRefusedAndRunningKeepsGolden() {
        try (NetconfSession s = session()) {
            assertThatThrownBy(() -> {
                s.editConfig(EditConfig.of(Datastore.CANDIDATE,
                        "<interfaces xmlns=\"" + IF_NS + "\"><interface><name>eth99</name></interface></interfaces>"));
                s.validate(Datastore.CANDIDATE);
            }).isInstanceOfSatisfying(RpcErrorException.class, e -> {
                RpcError error = e.first();
                assertThat(error.tag()).isEqualTo("data-missing");
                assertThat(error.path()).contains("eth99").contains("type");
            });
            s.discardChanges();
            assertThat(leafOf(s, Datastore.RUNNING, "eth99", "name")).isEmpty();
            assertThat(leafOf(s, Datastore.CANDIDATE, "eth99", "name")).isEmpty();
            assertThat(leafOf(s, Datastore.RUNNING, "eth8", "name")).contains("eth8");
        }
    }

    // --- the ietf driver

    @Test
    void theDriverPushesGoldenThroughTheSafeSequenceAndTheComplianceDiffIsEmpty() {
        try (PlatformDriver d = driver()) {
            assertThat(((NetconfDriver) d).support().persist()).isTrue();
            assertThat(d.confirmsNatively()).isTrue();
            assertThat(d.confirmedCommitPersists()).isTrue();
            assertThat(d.compliance(moved).changes()).isNotEmpty();
            d.loadCandidate(moved, LoadMode.REPLACE);
            assertThat(d.compare().changes()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.path()).endsWith("/description");
                assertThat(c.after()).isEqualTo("Office desk, moved");
            });
            CommitResult result = d.commitConfirmed(Duration.ofSeconds(60), "push-1");
            assertThat(result.emulated()).isFalse();
            assertThat(d.compliance(moved).render()).isEmpty();
            d.confirm("push-1");
        }
        try (PlatformDriver d = driver(); NetconfSession s = session()) {
            assertThat(d.compliance(moved).render()).isEmpty();
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth1")).contains("Office desk, moved");
        }
    }

    /**
     * netconfd runs its timers, the confirm-timeout among them, only after a second with no
     * request (RFC 6241 8.4.1 has the device revert when the timeout passes, busy or not): a
     * client reading more often keeps an unconfirmed commit alive. The case that matters, a
     * controller gone quiet, is what this test makes: it reads running back only every 1.5 s.
     */
    @Test
    void aConfirmedCommitLeftUnconfirmedRollsBackAfterItsTimeout() {
        try (PlatformDriver d = driver()) {
            d.loadCandidate(moved, LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(2), "push-2");
            assertThat(d.compliance(moved).render()).isEmpty();
            await(() -> d.compliance(golden).isEmpty(), () -> d.compliance(golden).render());
            assertThatThrownBy(() -> d.confirm("push-2")).isInstanceOf(DriverException.class);
        }
        try (NetconfSession s = session()) {
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth1")).contains("Office desk");
        }
    }

    @Test
    void cancellingAConfirmedCommitRestoresThePreviousConfiguration() {
        try (PlatformDriver d = driver()) {
            d.loadCandidate(moved, LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "push-3");
            assertThat(d.compliance(moved).render()).isEmpty();
            d.cancel("push-3");
            assertThat(d.compliance(golden).render()).isEmpty();
        }
        try (NetconfSession s = session()) {
            assertThat(descriptionOf(s, Datastore.RUNNING, "eth1")).contains("Office desk");
        }
    }

    @Test
    void aPersistedConfirmedCommitIsConfirmedByALaterDriverAsAResumeDoes() {
        try (PlatformDriver d = driver()) {
            d.loadCandidate(moved, LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "push-4");
        }
        try (PlatformDriver d = driver()) {
            assertThat(d.compliance(moved).render()).isEmpty();
            d.confirm("push-4");
        }
        try (PlatformDriver d = driver()) {
            assertThat(d.compliance(moved).render()).isEmpty();
        }
    }

    /**
     * What an audit reads back: netconfd serves the configuration in {@code <get>} and publishes no
     * bridge port numbers, so the site's declared numbering ({@code port_numbers: position})
     * explains the VLAN registrations' port-refs.
     */
    @Test
    void stateReadsBackTheGoldenIntentWithTheDeclaredPortNumbering() {
        try (PlatformDriver d = PlatformDrivers.open("ietf", session(), Clock.systemUTC(), Optional.of(portOrder))) {
            assertThat(d.facts().hostname()).isEqualTo("acc-2");
            assertThat(d.vlans()).containsExactlyInAnyOrder(new VlanState(110, "office"), new VlanState(300, "cctv"));
            Map<String, InterfaceState> ports = d.interfaces().stream().collect(Collectors.toMap(InterfaceState::name, i -> i));
            assertThat(ports.keySet()).containsExactlyInAnyOrderElementsOf(portOrder);
            assertThat(ports.get("eth1").description()).isEqualTo("Office desk");
            assertThat(ports.get("eth1").accessVlan()).hasValue(110);
            assertThat(ports.get("eth17").accessVlan()).hasValue(300);
            assertThat(ports.get("up1").mode()).isEqualTo(InterfaceState.PortMode.TRUNK);
            assertThat(ports.get("up1").trunkVlans()).containsExactly(110, 300);
            assertThat(ports.get("up2").adminUp()).isFalse();
            assertThat(d.portsAndNeighbors().uninterpreted()).isEmpty();
        }
    }

    // --- helpers

    private static NetconfSession session() {
        return NetconfClient.connect(server.connectOptions("netconfd"));
    }

    private static PlatformDriver driver() {
        return PlatformDrivers.open("ietf", session());
    }

    private static String description(String port, String text) {
        return "<interfaces xmlns=\"" + IF_NS + "\"><interface><name>" + port + "</name><description>" + text
                + "</description></interface></interfaces>";
    }

    private static Optional<String> descriptionOf(NetconfSession s, Datastore source, String port) {
        return leafOf(s, source, port, "description");
    }

    private static Optional<String> enabledOf(NetconfSession s, Datastore source, String port) {
        return leafOf(s, source, port, "enabled");
    }

    private static Optional<String> leafOf(NetconfSession s, Datastore source, String port, String leaf) {
        Element data = s.getConfig(source, Optional.of("<interfaces xmlns=\"" + IF_NS + "\"><interface><name>" + port
                + "</name></interface></interfaces>"));
        var found = data.getElementsByTagNameNS(IF_NS, leaf);
        return found.getLength() == 0 ? Optional.empty() : Optional.of(found.item(0).getTextContent());
    }

    /** acc-2 of the minimal site (an ietf access switch) with its desk ports described {@code deskDescription}. */
    private static ConfigPayload render(String deskDescription) throws IOException {
        String text = Files.readString(MINIMAL);
        assertThat(text).contains("description: Office desk\n");
        Path file = Files.writeString(Files.createDirectories(work.resolve("sites")).resolve(deskDescription.hashCode() + ".yaml"),
                text.replace("description: Office desk\n", "description: \"" + deskDescription + "\"\n"));
        Site site = SiteLoader.defaults().loadOrThrow(file);
        return TemplateGoldenConfigs.payload(Renderer.builtIn().render(site, site.devices().get("acc-2"), false));
    }

    private static List<Path> platformModules(Path yang) throws IOException {
        try (Stream<Path> files = Files.list(yang)) {
            return files.filter(f -> PLATFORM_MODULES.stream().anyMatch(m -> f.getFileName().toString().startsWith(m + "@")))
                    .toList();
        }
    }

    private static void await(BooleanSupplier condition, Supplier<String> state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not rolled back within 20 s; still differs by\n" + state.get() + "\nnetconfd:\n" + server.logTail());
            }
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
