package org.switchover.inventory;

import java.nio.file.Path;

/**
 * Where a device's secret lives; the inventory holds only this reference, never the secret.
 * Resolved at the edge that opens the session.
 */
public sealed interface CredentialRef {

    String username();

    /** Password in environment variable {@code variable} ({@code env:VAR}). */
    record Env(String username, String variable) implements CredentialRef {}

    /** Password in the first line of {@code file} ({@code file:PATH}). */
    record File(String username, Path file) implements CredentialRef {}

    /** OpenSSH private key ({@code ssh-key:PATH}); its passphrase, if any, from {@code passphraseEnv}. */
    record SshKey(String username, Path keyFile, java.util.Optional<String> passphraseEnv) implements CredentialRef {}

    /** A password written in the site file; accepted only with an explicit flag, never echoed. */
    record Inline(String username, String password) implements CredentialRef {
        @Override
        public String toString() {
            return "Inline[username=" + username + ", password=***]";
        }
    }
}
