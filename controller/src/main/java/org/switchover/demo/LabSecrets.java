package org.switchover.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.switchover.inventory.CredentialRef;
import org.switchover.lab.SwitchCredentials;

/**
 * Resolves a site's credential references into what the lab's switches accept: the password from
 * the environment, a file or the site itself, or the public key beside an {@code ssh-key:} private
 * key ({@code KEY.pub}). A {@code file:} reference whose file does not exist yet gets a new random
 * password written to it (owner-only), so the lab and the controller share a secret nobody typed.
 */
public final class LabSecrets {
    private final Map<String, String> env;
    private final SecureRandom random = new SecureRandom();

    public LabSecrets(Map<String, String> env) {
        this.env = env;
    }

    public static LabSecrets fromEnvironment() {
        return new LabSecrets(System.getenv());
    }

    public SwitchCredentials resolve(CredentialRef ref) throws IOException {
        if (ref instanceof CredentialRef.Env e) {
            String value = env.get(e.variable());
            if (value == null || value.isEmpty()) {
                throw new IOException("environment variable " + e.variable() + " holding the password of " + e.username()
                        + " is not set; export it before starting the lab");
            }
            return SwitchCredentials.password(e.username(), value);
        }
        if (ref instanceof CredentialRef.File f) {
            return SwitchCredentials.password(f.username(), passwordFile(f.file()));
        }
        if (ref instanceof CredentialRef.Inline i) {
            return SwitchCredentials.password(i.username(), i.password());
        }
        CredentialRef.SshKey k = (CredentialRef.SshKey) ref;
        return new SwitchCredentials(k.username(), "", List.of(publicKeyBeside(k.keyFile())));
    }

    private String passwordFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[18];
            random.nextBytes(secret);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: default permissions
            }
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n", StandardCharsets.UTF_8);
        }
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        if (first.isEmpty()) throw new IOException("password file " + file + " is empty; put the password on its first line or delete it");
        return first;
    }

    private static PublicKey publicKeyBeside(Path keyFile) throws IOException {
        Path pub = keyFile.resolveSibling(keyFile.getFileName() + ".pub");
        if (!Files.exists(pub)) {
            throw new IOException("the lab needs the public key " + pub + " beside " + keyFile + " to accept that key; create it with ssh-keygen -y -f " + keyFile);
        }
        return SwitchCredentials.readPublicKey(pub);
    }
}
