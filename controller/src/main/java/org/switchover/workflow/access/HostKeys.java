package org.switchover.workflow.access;

import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The fingerprint of the host key known_hosts holds for an address, as evidence for the journal:
 * after a session opened, that is the key the device presented (checked, or trusted on first use).
 */
public final class HostKeys {

    private HostKeys() {}

    /** {@code SHA256:...} of the key recorded for {@code address}, if a plain (unhashed) entry names it. */
    public static Optional<String> fingerprint(Path knownHosts, HostAndPort address) {
        String host = address.getPortOrDefault(22) == 22 ? address.getHost() : "[" + address.getHost() + "]:" + address.getPort();
        try {
            for (String line : Files.readAllLines(knownHosts, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 3 || f[0].startsWith("#")) continue;
                for (String name : f[0].split(",")) {
                    if (name.equals(host)) return Optional.of(sha256(Base64.getDecoder().decode(f[2])));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String sha256(byte[] blob) {
        try {
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(blob));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
