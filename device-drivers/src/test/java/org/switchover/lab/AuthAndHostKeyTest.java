package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.netconf.AuthenticationFailedException;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;

/** Password and public-key login, and host keys that stay the same when the lab restarts. */
class AuthAndHostKeyTest {
    @TempDir Path dir;

    private static KeyPair userKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private LabSpec spec(Path labDir, SwitchCredentials creds, int port) {
        return new LabSpec(labDir, List.of(LabSpec.SwitchSpec.of("a", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL,
                LabFixtures.ocSwitch("core-a"), creds).withPort(port)), List.of());
    }

    private static ConnectOptions options(Lab lab, Credentials creds) {
        return ConnectOptions.of("a", "127.0.0.1", lab.get("a").port(), creds, HostKeyPolicy.strict(lab.knownHosts()))
                .withConnectTimeout(Duration.ofSeconds(10));
    }

    @Test
    void publicKeyAndPasswordLoginWorkAndWrongPasswordIsRefused() throws Exception {
        KeyPair key = userKey();
        Path keyFile = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(keyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "lab-test", null, out);
        }
        try (Lab lab = Lab.start(spec(dir.resolve("lab"), LabFixtures.ADMIN.withKey(key.getPublic()), 0))) {
            try (NetconfSession s = NetconfClient.connect(options(lab, new Credentials.PrivateKey("admin", keyFile, Optional.empty())))) {
                assertThat(s.isOpen()).isTrue();
            }
            try (NetconfSession s = NetconfClient.connect(options(lab, new Credentials.Password("admin", "lab-secret")))) {
                assertThat(s.sessionId()).isPositive();
            }
            assertThatThrownBy(() -> NetconfClient.connect(options(lab, new Credentials.Password("admin", "wrong"))))
                    .isInstanceOf(AuthenticationFailedException.class);
            assertThatThrownBy(() -> NetconfClient.connect(options(lab, new Credentials.Password("guest", "lab-secret"))))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
    }

    @Test
    void hostKeyIsKeptAcrossRestartsSoKnownHostsStillMatches() throws Exception {
        Path labDir = dir.resolve("lab");
        String firstKnownHosts;
        int port;
        try (Lab lab = Lab.start(spec(labDir, LabFixtures.ADMIN, 0))) {
            port = lab.get("a").port();
            firstKnownHosts = Files.readString(lab.knownHosts());
        }
        Path saved = Files.writeString(dir.resolve("known_hosts"), firstKnownHosts);
        try (Lab lab = Lab.start(spec(labDir, LabFixtures.ADMIN, port))) {
            assertThat(Files.readString(lab.knownHosts())).isEqualTo(firstKnownHosts);
            try (NetconfSession s = NetconfClient.connect(options(lab, new Credentials.Password("admin", "lab-secret"))
                    .withHostKeys(HostKeyPolicy.strict(saved)))) {
                assertThat(s.isOpen()).isTrue();
            }
        }
        assertThat(firstKnownHosts).startsWith("[127.0.0.1]:" + port + " ecdsa-sha2-nistp256 ");
    }
}
