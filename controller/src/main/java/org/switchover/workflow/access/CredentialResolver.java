package org.switchover.workflow.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Function;
import org.switchover.inventory.CredentialRef;
import org.switchover.netconf.Credentials;

/**
 * Turns the inventory's reference to a secret into the secret, at the moment a session opens and
 * nowhere else. Errors name the reference (the variable or file), never the secret.
 */
public final class CredentialResolver {

    private final Function<String, String> environment;

    public CredentialResolver(Function<String, String> environment) {
        this.environment = environment;
    }

    public static CredentialResolver system() {
        return new CredentialResolver(System::getenv);
    }

    public Credentials resolve(String device, CredentialRef ref) {
        if (ref instanceof CredentialRef.Env env) {
            String value = environment.apply(env.variable());
            if (value == null || value.isEmpty()) {
                throw new MissingSecretException(device, "environment variable " + env.variable() + " is not set");
            }
            return new Credentials.Password(env.username(), value);
        }
        if (ref instanceof CredentialRef.File file) {
            try {
                String first = Files.readAllLines(file.file(), StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
                if (first.isEmpty()) throw new MissingSecretException(device, "secret file " + file.file() + " is empty");
                return new Credentials.Password(file.username(), first);
            } catch (IOException e) {
                throw new MissingSecretException(device, "cannot read secret file " + file.file() + ": " + e.getMessage());
            }
        }
        if (ref instanceof CredentialRef.SshKey key) {
            if (!Files.isReadable(key.keyFile())) throw new MissingSecretException(device, "cannot read key file " + key.keyFile());
            return new Credentials.PrivateKey(key.username(), key.keyFile(), key.passphraseEnv().map(environment));
        }
        CredentialRef.Inline inline = (CredentialRef.Inline) ref;
        return new Credentials.Password(inline.username(), inline.password());
    }
}
