package org.switchover.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.switchover.inventory.CredentialRef;
import org.switchover.netconf.Credentials;

/**
 * Resolves the site's credential references into session credentials at the edge, just before
 * connecting. Secret files are read once per audit. Errors name the device and the reference,
 * never the secret.
 */
public final class AuditCredentials {

    private final Function<String, String> environment;
    private final Map<Path, String> files = new ConcurrentHashMap<>();

    public AuditCredentials(Function<String, String> environment) {
        this.environment = environment;
    }

    public static AuditCredentials fromSystem() {
        return new AuditCredentials(System::getenv);
    }

    public Credentials resolve(String device, CredentialRef ref) {
        if (ref instanceof CredentialRef.Env e) return new Credentials.Password(e.username(), env(device, e.variable()));
        if (ref instanceof CredentialRef.File f) {
            return new Credentials.Password(f.username(), files.computeIfAbsent(f.file(), p -> firstLine(device, p)));
        }
        if (ref instanceof CredentialRef.SshKey k) {
            return new Credentials.PrivateKey(k.username(), k.keyFile(), k.passphraseEnv().map(v -> env(device, v)));
        }
        CredentialRef.Inline i = (CredentialRef.Inline) ref;
        return new Credentials.Password(i.username(), i.password());
    }

    private String env(String device, String variable) {
        return Optional.ofNullable(environment.apply(variable)).filter(v -> !v.isEmpty()).orElseThrow(() ->
                new IllegalArgumentException("the credentials of " + device + " refer to environment variable " + variable
                        + ", which is not set; export it before running the audit"));
    }

    private static String firstLine(String device, Path file) {
        try {
            String text = Files.readString(file);
            String line = text.lines().findFirst().orElse("").strip();
            if (line.isEmpty()) throw new IllegalArgumentException("the secret file " + file + " of " + device + " is empty");
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the secret file " + file + " of " + device + " ("
                    + e.getClass().getSimpleName() + "); check the path and its permissions", e);
        }
    }
}
