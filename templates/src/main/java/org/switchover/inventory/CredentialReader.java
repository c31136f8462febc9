package org.switchover.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code credentials} mapping into a {@link CredentialRef}. The secret is a reference
 * ({@code env:VAR}, {@code file:PATH} or {@code ssh-key:PATH}); anything else is a password written
 * inline, refused unless inline secrets are allowed explicitly, and never repeated in a message.
 * Paths starting with {@code ~/} are under the user's home; other relative paths are relative to the
 * site file's folder.
 */
final class CredentialReader {

    private static final List<String> KEYS = List.of("username", "secret", "password", "passphrase");

    private final Problems problems;
    private final Path baseDir;
    private final boolean allowInlineSecrets;

    CredentialReader(Problems problems, Path baseDir, boolean allowInlineSecrets) {
        this.problems = problems;
        this.baseDir = baseDir;
        this.allowInlineSecrets = allowInlineSecrets;
    }

    Optional<CredentialRef> read(YamlNode node) {
        Optional<Fields> f = Fields.of(node, problems, KEYS);
        if (f.isEmpty()) return Optional.empty();
        Optional<String> username = f.get().requiredString("username");
        Optional<YamlNode> secretNode = secretNode(f.get());
        if (username.isEmpty() || secretNode.isEmpty()) return Optional.empty();
        Optional<String> secret = secretNode.get() instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
                ? Optional.of(s.text()) : Optional.empty();
        if (secret.isEmpty()) {
            problems.at(secretNode.get(), "expected a reference: env:VAR, file:PATH or ssh-key:PATH");
            return Optional.empty();
        }
        Optional<String> passphrase = f.get().string("passphrase");
        return reference(username.get(), secret.get(), secretNode.get(), passphrase, f.get());
    }

    private Optional<YamlNode> secretNode(Fields f) {
        if (f.has("secret") && f.has("password")) {
            problems.at(f.node("password").orElseThrow(), "give either 'secret' or 'password', not both");
            return Optional.empty();
        }
        return f.has("password") ? f.node("password") : f.required("secret");
    }

    private Optional<CredentialRef> reference(String user, String secret, YamlNode at, Optional<String> passphrase, Fields f) {
        if (secret.startsWith("env:")) {
            return envName(secret.substring(4), at).map(v -> new CredentialRef.Env(user, v));
        }
        if (secret.startsWith("file:")) {
            return path(secret.substring(5), at).map(p -> new CredentialRef.File(user, p));
        }
        if (secret.startsWith("ssh-key:")) {
            Optional<String> passEnv = Optional.empty();
            if (passphrase.isPresent()) {
                YamlNode pn = f.node("passphrase").orElseThrow();
                if (!passphrase.get().startsWith("env:")) {
                    problems.at(pn, "passphrase must be a reference env:VAR; an inline passphrase is never accepted");
                    return Optional.empty();
                }
                passEnv = envName(passphrase.get().substring(4), pn);
                if (passEnv.isEmpty()) return Optional.empty();
            }
            Optional<String> pe = passEnv;
            return path(secret.substring(8), at).map(p -> new CredentialRef.SshKey(user, p, pe));
        }
        if (!allowInlineSecrets) {
            problems.at(at, "inline password refused: write a reference (env:VAR, file:PATH or ssh-key:PATH) "
                    + "or allow inline secrets explicitly (--allow-inline-secrets)");
            return Optional.empty();
        }
        return Optional.of(new CredentialRef.Inline(user, secret));
    }

    private Optional<String> envName(String name, YamlNode at) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.at(at, "env: needs an environment variable name, for example env:SWITCHOVER_PASSWORD");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private Optional<Path> path(String text, YamlNode at) {
        if (text.isBlank()) {
            problems.at(at, "the reference needs a path, for example file:~/.switchover/password");
            return Optional.empty();
        }
        return Optional.of(resolve(text, baseDir));
    }

    /** {@code ~/x} under the home folder, relative paths against {@code baseDir}. */
    static Path resolve(String text, Path baseDir) {
        if (text.equals("~") || text.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(text.substring(Math.min(2, text.length()))).normalize();
        }
        return baseDir.resolve(text).normalize();
    }
}
