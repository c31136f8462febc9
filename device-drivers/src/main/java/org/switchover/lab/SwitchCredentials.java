package org.switchover.lab;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Who may log in to a simulated switch: one user, by password and/or by any of its public keys. */
public record SwitchCredentials(String username, String password, List<PublicKey> authorizedKeys) {
    public SwitchCredentials {
        checkArgument(!username.isBlank(), "username is empty");
        authorizedKeys = ImmutableList.copyOf(authorizedKeys);
    }

    public static SwitchCredentials password(String username, String password) {
        return new SwitchCredentials(username, password, List.of());
    }

    public SwitchCredentials withKey(PublicKey key) {
        return new SwitchCredentials(username, password, ImmutableList.<PublicKey>builder().addAll(authorizedKeys).add(key).build());
    }

    /** The first public key of an OpenSSH public key or authorized_keys file. */
    public static PublicKey readPublicKey(Path file) throws IOException {
        List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(file);
        if (entries.isEmpty()) throw new IOException(file + " holds no public key");
        try {
            return entries.get(0).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " holds a key the lab cannot read: " + e.getMessage(), e);
        }
    }

    boolean acceptsPassword(String user, String given) {
        return username.equals(user) && password != null && !password.isEmpty()
                && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    boolean acceptsKey(String user, PublicKey key) {
        return username.equals(user) && authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
    }

    @Override
    public String toString() {
        return "SwitchCredentials[username=" + username + ", password=***, keys=" + authorizedKeys.size() + "]";
    }
}
