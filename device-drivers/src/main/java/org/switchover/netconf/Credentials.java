package org.switchover.netconf;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.Optional;

/** How a session authenticates. Secrets never appear in {@code toString}. */
public sealed interface Credentials {

    String username();

    /** Password authentication. */
    record Password(String username, String password) implements Credentials {
        public Password {
            checkArgument(!username.isBlank(), "username is empty");
        }

        @Override
        public String toString() {
            return "Password[username=" + username + ", password=***]";
        }
    }

    /** Public-key authentication with an OpenSSH private key file and an optional passphrase. */
    record PrivateKey(String username, Path keyFile, Optional<String> passphrase) implements Credentials {
        public PrivateKey {
            checkArgument(!username.isBlank(), "username is empty");
        }

        @Override
        public String toString() {
            return "PrivateKey[username=" + username + ", keyFile=" + keyFile
                    + (passphrase.isPresent() ? ", passphrase=***]" : "]");
        }
    }
}
