package org.switchover.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public-key authentication with OpenSSH private key files, with and without a passphrase. */
class PrivateKeyAuthTest {

    @TempDir
    Path dir;

    private ScriptedNetconfServer server;
    private KeyPair userKey;
    private Path knownHosts;

    @BeforeEach
    void start() throws Exception {
        userKey = ScriptedNetconfServer.newHostKey();
        server = ScriptedNetconfServer.start(ScriptedNetconfServer.newHostKey(), Optional.of(userKey.getPublic()));
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Path writeKey(KeyPair key, String name, String passphrase) throws Exception {
        Path file = dir.resolve(name);
        OpenSSHKeyEncryptionContext enc = null;
        if (passphrase != null) {
            enc = new OpenSSHKeyEncryptionContext();
            enc.setPassword(passphrase);
            enc.setCipherName("AES");
            enc.setCipherType("256");
            enc.setCipherMode("CTR");
            enc.setKdfRounds(4);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", enc, out);
        }
        assertThat(Files.readString(file)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        return file;
    }

    private ConnectOptions options(Path keyFile, Optional<String> passphrase) {
        return ConnectOptions.of("sw1", "127.0.0.1", server.port(),
                new Credentials.PrivateKey(ScriptedNetconfServer.USER, keyFile, passphrase),
                HostKeyPolicy.strict(knownHosts)).withConnectTimeout(Duration.ofSeconds(5));
    }

    @Test
    void unencryptedKeyAuthenticates() throws Exception {
        Path key = writeKey(userKey, "id_plain", null);
        try (NetconfSession s = NetconfClient.connect(options(key, Optional.empty()))) {
            assertThat(s.getConfig(Datastore.RUNNING, Optional.empty()).getTextContent()).isEqualTo("1");
        }
    }

    @Test
    void encryptedKeyAuthenticatesWithItsPassphrase() throws Exception {
        Path key = writeKey(userKey, "id_enc", "correct horse");
        try (NetconfSession s = NetconfClient.connect(options(key, Optional.of("correct horse")))) {
            assertThat(s.isOpen()).isTrue();
        }
    }

    @Test
    void wrongOrMissingPassphraseIsAuthenticationFailure() throws Exception {
        Path key = writeKey(userKey, "id_enc", "correct horse");
        assertThatThrownBy(() -> NetconfClient.connect(options(key, Optional.of("battery staple"))))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining(key.toString()).hasMessageContaining("passphrase is wrong")
                .hasMessageNotContaining("battery staple");
        assertThatThrownBy(() -> NetconfClient.connect(options(key, Optional.empty())))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("was not given");
    }

    @Test
    void keyTheDeviceDoesNotKnowIsRefused() throws Exception {
        Path key = writeKey(ScriptedNetconfServer.newHostKey(), "id_other", null);
        assertThatThrownBy(() -> NetconfClient.connect(options(key, Optional.empty())))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("authorised on the device");
    }

    @Test
    void missingKeyFileIsNamed() {
        Path key = dir.resolve("nope");
        assertThatThrownBy(() -> NetconfClient.connect(options(key, Optional.empty())))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining(key.toString())
                .hasMessageContaining("missing or unreadable");
    }
}
