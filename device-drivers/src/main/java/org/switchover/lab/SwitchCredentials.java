package org.switchover.lab;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;

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
