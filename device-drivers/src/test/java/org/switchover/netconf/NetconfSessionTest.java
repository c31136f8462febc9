package org.switchover.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The client against a real SSH server with a scripted netconf subsystem on 127.0.0.1. */
class NetconfSessionTest {

    @TempDir
    Path dir;

    private ScriptedNetconfServer server;
    private Path knownHosts;

    @BeforeEach
    void startServer() throws Exception {
        server = ScriptedNetconfServer.start();
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private ConnectOptions options() {
        return ConnectOptions.of("sw1", "127.0.0.1", server.port(),
                new Credentials.Password(ScriptedNetconfServer.USER, ScriptedNetconfServer.PASSWORD),
                HostKeyPolicy.strict(knownHosts)).withRpcTimeout(Duration.ofSeconds(5)).withConnectTimeout(Duration.ofSeconds(5));
    }

    @Test
    void helloNegotiatesChunkedFramingAndTypedRpcsCarryIncreasingMessageIds() {
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThat(s.sessionId()).isPositive();
            assertThat(s.serverCapabilities().candidate()).isTrue();
            assertThat(s.serverCapabilities().confirmedCommit11()).isTrue();
            assertThat(s.serverCapabilities().hasModule("ietf-interfaces")).isTrue();

            Element data = s.getConfig(Datastore.RUNNING, Optional.of("<echo xmlns=\"urn:test\"/>"));
            // The server has read our hello before it answers any RPC.
            assertThat(server.clientCapabilities()).contains(Capabilities.BASE_10, Capabilities.BASE_11);
            assertThat(data.getLocalName()).isEqualTo("data");
            assertThat(data.getTextContent()).isEqualTo("1");
            s.lock(Datastore.CANDIDATE);
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, "<echo xmlns=\"urn:test\">x</echo>")
                    .withDefaultOperation(EditConfig.DefaultOperation.REPLACE));
            s.validate(Datastore.CANDIDATE);
            s.commitConfirmed(Duration.ofSeconds(120), Optional.of("run-1"));
            s.confirmCommit(Optional.of("run-1"));
            s.cancelCommit(Optional.empty());
            s.discardChanges();
            s.copyConfig(Datastore.RUNNING, Datastore.STARTUP);
            s.unlock(Datastore.CANDIDATE);
            assertThat(s.get(Optional.empty()).getTextContent()).isEqualTo("11");
            assertThat(s.rpc("<get-config><source><running/></source></get-config>").messageId()).isEqualTo("12");
        }
        List<String> ops = server.received().stream().map(r -> NetconfXml.children(r).get(0).getLocalName()).toList();
        assertThat(ops).containsExactly("get-config", "lock", "edit-config", "validate", "commit", "commit",
                "cancel-commit", "discard-changes", "copy-config", "unlock", "get", "get-config", "close-session");
        assertThat(server.received().stream().map(r -> r.getAttribute("message-id")).toList())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        Element commitConfirmed = NetconfXml.children(server.received().get(4)).get(0);
        assertThat(SecureXml.serialize(commitConfirmed)).contains("<confirmed/>")
                .contains("<confirm-timeout>120</confirm-timeout>").contains("<persist>run-1</persist>");
    }

    @Test
    void endOfMessageFramingWhenServerOffersOnlyBase10() {
        server.capabilities(Capabilities.of(Capabilities.BASE_10, Capabilities.CANDIDATE));
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThat(s.serverCapabilities().base11()).isFalse();
            assertThat(s.getConfig(Datastore.CANDIDATE, Optional.empty()).getTextContent()).isEqualTo("1");
            assertThat(s.getConfig(Datastore.CANDIDATE, Optional.empty()).getTextContent()).isEqualTo("2");
        }
    }

    @Test
    void wrongPasswordIsAuthenticationFailureWithoutTheSecret() {
        ConnectOptions bad = new ConnectOptions("sw1", "127.0.0.1", server.port(),
                new Credentials.Password(ScriptedNetconfServer.USER, "wrong-pass-123"), HostKeyPolicy.strict(knownHosts),
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15), 1 << 20);
        assertThatThrownBy(() -> NetconfClient.connect(bad))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("sw1").hasMessageContaining("'netops'").hasMessageContaining("check the username")
                .hasMessageNotContaining("wrong-pass-123");
    }

    @Test
    void connectionRefusedNamesAddressAndWhatToCheck() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConnectOptions o = ConnectOptions.of("sw9", "127.0.0.1", port,
                new Credentials.Password("u", "p"), HostKeyPolicy.strict(knownHosts));
        assertThatThrownBy(() -> NetconfClient.connect(o))
                .isInstanceOf(ConnectionRefusedException.class)
                .hasMessageContaining("sw9 at 127.0.0.1:" + port).hasMessageContaining("check the device is up");
    }

    @Test
    void unknownHostKeyIsRefusedAndNothingIsRecorded() throws Exception {
        Path empty = dir.resolve("empty_known_hosts");
        assertThatThrownBy(() -> NetconfClient.connect(options().withHostKeys(HostKeyPolicy.strict(empty))))
                .isInstanceOfSatisfying(HostKeyRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(HostKeyRefusedException.Reason.UNKNOWN);
                    assertThat(e.presentedFingerprint()).startsWith("ecdsa-sha2-nistp256 SHA256:");
                    assertThat(e.getMessage()).contains(e.presentedFingerprint()).contains("trust-on-first-use")
                            .contains("--trust-new-host-keys");
                });
        assertThat(empty).doesNotExist();
    }

    @Test
    void trustOnFirstUseRecordsTheKeyThenStrictChecksAccept() throws Exception {
        Path fresh = dir.resolve("sub/known_hosts");
        try (NetconfSession s = NetconfClient.connect(options().withHostKeys(HostKeyPolicy.trustOnFirstUse(fresh)))) {
            assertThat(s.isOpen()).isTrue();
        }
        assertThat(Files.readAllLines(fresh)).containsExactly(server.knownHostsLine());
        try (NetconfSession s = NetconfClient.connect(options().withHostKeys(HostKeyPolicy.strict(fresh)))) {
            assertThat(s.isOpen()).isTrue();
        }
        try (NetconfSession s = NetconfClient.connect(options().withHostKeys(HostKeyPolicy.trustOnFirstUse(fresh)))) {
            assertThat(s.isOpen()).isTrue();
        }
        assertThat(Files.readAllLines(fresh)).hasSize(1);
    }

    @Test
    void changedHostKeyIsRefusedEvenWithTrustOnFirstUseAndShowsBothFingerprints() throws Exception {
        ScriptedNetconfServer impostor = ScriptedNetconfServer.start();
        try {
            // known_hosts holds the real server's key, recorded under the impostor's address.
            Path hosts = dir.resolve("changed");
            String recorded = server.knownHostsLine().replace(":" + server.port() + " ", ":" + impostor.port() + " ");
            Files.writeString(hosts, recorded + "\n");
            ConnectOptions o = ConnectOptions.of("sw1", "127.0.0.1", impostor.port(),
                    new Credentials.Password(ScriptedNetconfServer.USER, ScriptedNetconfServer.PASSWORD),
                    HostKeyPolicy.trustOnFirstUse(hosts));
            assertThatThrownBy(() -> NetconfClient.connect(o))
                    .isInstanceOfSatisfying(HostKeyRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(HostKeyRefusedException.Reason.CHANGED);
                        assertThat(e.knownFingerprint()).isPresent();
                        assertThat(e.knownFingerprint().get()).isNotEqualTo(e.presentedFingerprint());
                        assertThat(e.getMessage()).contains(e.knownFingerprint().get()).contains(e.presentedFingerprint())
                                .contains("CHANGED");
                    });
            assertThat(Files.readAllLines(hosts)).containsExactly(recorded);
        } finally {
            impostor.close();
        }
    }

    @Test
    void keyOfAnotherTypeOnRecordCountsAsChangedNotFirstUse() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String recorded = "[127.0.0.1]:" + server.port() + " "
                + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(rsa.generateKeyPair().getPublic());
        Path hosts = dir.resolve("other_type");
        Files.writeString(hosts, recorded + "\n");
        assertThatThrownBy(() -> NetconfClient.connect(options().withHostKeys(HostKeyPolicy.trustOnFirstUse(hosts))))
                .isInstanceOfSatisfying(HostKeyRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(HostKeyRefusedException.Reason.CHANGED);
                    assertThat(e.knownFingerprint()).hasValueSatisfying(f -> assertThat(f).startsWith("ssh-rsa SHA256:"));
                    assertThat(e.presentedFingerprint()).startsWith("ecdsa-sha2-nistp256 SHA256:");
                });
        assertThat(Files.readAllLines(hosts)).containsExactly(recorded);
    }

    @Test
    void rpcTimeoutLeavesTheSessionUsableAndTheLateReplyIsDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.script((op, id, ch) -> {
            if (op.getLocalName().equals("get")) {
                release.await(10, TimeUnit.SECONDS);
                ch.reply(id, "<data><late xmlns=\"urn:test\"/></data>");
            } else {
                ScriptedNetconfServer.STANDARD.onRpc(op, id, ch);
            }
        });
        try (NetconfSession s = NetconfClient.connect(options().withRpcTimeout(Duration.ofMillis(1000)))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> s.get(Optional.empty()))
                    .isInstanceOfSatisfying(NetconfTimeoutException.class, e -> {
                        assertThat(e.messageId()).hasValue("1");
                        assertThat(e.getMessage()).contains("did not answer <get>").contains("read its state");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            release.countDown();
            Element data = s.getConfig(Datastore.RUNNING, Optional.empty());
            assertThat(data.getTextContent()).isEqualTo("2");
            assertThat(s.isOpen()).isTrue();
        }
    }

    @Test
    void sessionDroppedInTheMiddleOfAReply() {
        server.script((op, id, ch) -> {
            ch.raw("\n#500\n<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + id + "\"><data>");
            ch.drop();
        });
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThatThrownBy(() -> s.getConfig(Datastore.RUNNING, Optional.empty()))
                    .isInstanceOfSatisfying(SessionDroppedException.class, e -> {
                        assertThat(e.messageId()).hasValue("1");
                        assertThat(e.getMessage()).contains("sw1").contains("get-config");
                    });
            assertThat(s.isOpen()).isFalse();
            assertThatThrownBy(() -> s.commit()).isInstanceOf(SessionDroppedException.class);
        }
    }

    @Test
    void netconfChannelEndingMidReplyIsADroppedSession() {
        server.script((op, id, ch) -> {
            ch.raw("\n#500\n<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + id + "\">");
            ch.endChannel();
        });
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThatThrownBy(() -> s.get(Optional.empty()))
                    .isInstanceOfSatisfying(SessionDroppedException.class, e -> {
                        assertThat(e.messageId()).hasValue("1");
                        assertThat(e.getMessage()).contains("in the middle of a message");
                    });
            assertThat(s.isOpen()).isFalse();
        }
    }

    @Test
    void serverWithoutTheNetconfSubsystemIsNamed() throws Exception {
        try (ScriptedNetconfServer plain = ScriptedNetconfServer.startWithoutNetconf()) {
            Path hosts = dir.resolve("plain");
            Files.writeString(hosts, plain.knownHostsLine() + "\n");
            ConnectOptions o = ConnectOptions.of("sw1", "127.0.0.1", plain.port(),
                    new Credentials.Password(ScriptedNetconfServer.USER, ScriptedNetconfServer.PASSWORD),
                    HostKeyPolicy.strict(hosts)).withConnectTimeout(Duration.ofSeconds(5));
            assertThatThrownBy(() -> NetconfClient.connect(o))
                    .isInstanceOf(NetconfException.class).hasMessageContaining("netconf subsystem");
        }
    }

    @Test
    void yangLibraryFallsBackToModulesState() {
        server.script((op, id, ch) -> {
            String filter = SecureXml.serialize(op);
            if (filter.contains("yang-library xmlns")) {
                ch.reply(id, RpcError.of("application", "unknown-element", "no yang-library").toXml());
            } else if (filter.contains("modules-state xmlns")) {
                ch.reply(id, "<data><modules-state xmlns=\"urn:ietf:params:xml:ns:yang:ietf-yang-library\">"
                        + "<module><name>ietf-interfaces</name><revision>2018-02-20</revision></module>"
                        + "</modules-state></data>");
            } else {
                ScriptedNetconfServer.STANDARD.onRpc(op, id, ch);
            }
        });
        try (NetconfSession s = NetconfClient.connect(options())) {
            Element lib = s.yangLibrary();
            assertThat(NetconfXml.children(lib)).singleElement().extracting(Element::getLocalName).isEqualTo("modules-state");
            assertThat(lib.getTextContent()).contains("ietf-interfaces");
        }
    }

    @Test
    void brokenFramingIsReported() {
        server.script((op, id, ch) -> ch.raw("\n#12x\n"));
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThatThrownBy(() -> s.commit())
                    .isInstanceOf(MalformedFramingException.class)
                    .hasMessageContaining("chunk size").hasMessageContaining("<commit>");
            assertThat(s.isOpen()).isFalse();
        }
    }

    @Test
    void malformedAndHostileXmlRepliesAreRejectedButTheSessionGoesOn() {
        server.script((op, id, ch) -> {
            switch (op.getLocalName()) {
                case "commit" -> ch.reply(id, "<ok>");
                case "validate" -> ch.raw(new String(FrameWriter.frame(("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x "
                        + "SYSTEM \"file:///etc/passwd\">]><rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" "
                        + "message-id=\"" + id + "\"><data>&x;</data></rpc-reply>").getBytes(), Framing.CHUNKED)));
                default -> ScriptedNetconfServer.STANDARD.onRpc(op, id, ch);
            }
        });
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThatThrownBy(() -> s.commit()).isInstanceOfSatisfying(MalformedXmlException.class,
                    e -> assertThat(e.messageId()).hasValue("1"));
            assertThatThrownBy(() -> s.validate(Datastore.CANDIDATE)).isInstanceOf(MalformedXmlException.class)
                    .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
            assertThat(s.getConfig(Datastore.RUNNING, Optional.empty()).getTextContent()).isEqualTo("3");
        }
    }

    @Test
    void rpcErrorIsTypedAndWarningsDoNotFail() {
        server.script((op, id, ch) -> {
            switch (op.getLocalName()) {
                case "edit-config" -> ch.reply(id, new RpcError("application", "invalid-value", "error", "bad-mtu",
                        "/interfaces/interface[name='eth0']/mtu", "MTU too large", java.util.Map.of("bad-element", "mtu"))
                        .toXml());
                case "commit" -> ch.reply(id, new RpcError("application", "operation-failed", "warning", "", "",
                        "slow commit", java.util.Map.of()).toXml() + "<ok/>");
                default -> ScriptedNetconfServer.STANDARD.onRpc(op, id, ch);
            }
        });
        try (NetconfSession s = NetconfClient.connect(options())) {
            assertThatThrownBy(() -> s.editConfig(EditConfig.of(Datastore.CANDIDATE, "<x xmlns=\"urn:test\"/>")))
                    .isInstanceOfSatisfying(RpcErrorException.class, e -> {
                        assertThat(e.device()).isEqualTo("sw1");
                        assertThat(e.messageId()).hasValue("1");
                        assertThat(e.operation()).isEqualTo("edit-config");
                        RpcError err = e.first();
                        assertThat(err.tag()).isEqualTo("invalid-value");
                        assertThat(err.appTag()).isEqualTo("bad-mtu");
                        assertThat(err.path()).isEqualTo("/interfaces/interface[name='eth0']/mtu");
                        assertThat(err.message()).isEqualTo("MTU too large");
                        assertThat(err.info()).containsEntry("bad-element", "mtu");
                    });
            s.commit();
            RpcReply reply = s.rpc("<commit/>");
            assertThat(reply.warnings()).singleElement().extracting(RpcError::message).isEqualTo("slow commit");
        }
    }

    @Test
    void oversizedReplyIsRefused() {
        server.script((op, id, ch) -> ch.reply(id, "<data>" + "x".repeat(5000) + "</data>"));
        try (NetconfSession s = NetconfClient.connect(options().withMaxReplyBytes(2000))) {
            assertThatThrownBy(() -> s.get(Optional.empty())).isInstanceOf(MessageTooLargeException.class)
                    .hasMessageContaining("2000 bytes");
        }
    }

    @Test
    void missingHelloTimesOut() {
        server.silent();
        long start = System.nanoTime();
        assertThatThrownBy(() -> NetconfClient.connect(options().withConnectTimeout(Duration.ofSeconds(3))))
                .isInstanceOf(NetconfTimeoutException.class).hasMessageContaining("no NETCONF hello");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void oneSessionSharedByManyThreadsGetsEachReplyRight() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (NetconfSession s = NetconfClient.connect(options())) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        RpcReply r = s.rpc("<get/>");
                        // The server echoes the message-id, so a mismatched reply would show here.
                        assertThat(r.element().getTextContent()).isEqualTo(r.messageId());
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.received()).hasSize(8 * 25 + 1);
    }

    @Test
    void parallelSessionsAreIndependent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(pool.submit(() -> {
                    try (NetconfSession s = NetconfClient.connect(options())) {
                        assertThat(s.getConfig(Datastore.RUNNING, Optional.empty()).getTextContent()).isEqualTo("1");
                        return s.sessionId();
                    }
                }));
            }
            List<Long> sessionIds = new ArrayList<>();
            for (Future<Long> f : ids) sessionIds.add(f.get(30, TimeUnit.SECONDS));
            assertThat(sessionIds).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
