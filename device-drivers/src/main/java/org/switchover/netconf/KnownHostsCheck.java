package org.switchover.netconf;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks an SSH server's host key against an OpenSSH known_hosts file for one connection, as
 * {@link HostKeyPolicy} says. It remembers what it saw, so a refusal becomes a
 * {@link HostKeyRefusedException} with both fingerprints, and a key trusted on first use is
 * recorded only once the connection is up.
 */
final class KnownHostsCheck implements HostKeyRepository {
    private static final Object FILE_LOCK = new Object();

    private final String device;
    private final HostKeyPolicy policy;
    private final HostKeyRepository known;
    private String hostEntry;
    private byte[] presentedKey;
    private int verdict = -1;

    KnownHostsCheck(String device, HostKeyPolicy policy) {
        this.device = device;
        this.policy = policy;
        this.known = KnownHostsCache.keys(policy.knownHosts());
    }

    @Override
    public int check(String host, byte[] key) {
        hostEntry = host;
        presentedKey = key.clone();
        verdict = known.check(host, key);
        if (verdict == NOT_INCLUDED && recordedKeys(host).length > 0) {
            // A key of another type is on record: this is not a first use, and a server that
            // offers only a new key type must not slip past the changed-key check.
            verdict = CHANGED;
        }
        if (verdict == NOT_INCLUDED && policy.trustOnFirstUse()) return OK;
        return verdict;
    }

    /** The refusal for the key the server presented, when the check failed; empty otherwise. */
    Optional<HostKeyRefusedException> refusal() {
        if (verdict == NOT_INCLUDED && !policy.trustOnFirstUse()) {
            return Optional.of(new HostKeyRefusedException(device, hostEntry, policy.knownHosts(),
                    HostKeyRefusedException.Reason.UNKNOWN, fingerprint(presentedKey), Optional.empty()));
        }
        if (verdict == CHANGED) {
            Optional<String> recorded = recordedFingerprint();
            return Optional.of(new HostKeyRefusedException(device, hostEntry, policy.knownHosts(),
                    HostKeyRefusedException.Reason.CHANGED, fingerprint(presentedKey), recorded));
        }
        return Optional.empty();
    }

    /** Appends the presented key to known_hosts when it was unknown and trust-on-first-use allowed it. */
    void recordIfFirstUse() {
        if (verdict != NOT_INCLUDED || !policy.trustOnFirstUse()) return;
        String line = hostEntry + " " + keyType(presentedKey) + " " + Base64.getEncoder().encodeToString(presentedKey) + "\n";
        Path file = policy.knownHosts();
        synchronized (FILE_LOCK) {
            try {
                // Another session to the same device may have recorded it meanwhile.
                if (KnownHostsCache.keys(file).check(hostEntry, presentedKey) == OK) return;
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                long sizeBefore = Files.exists(file) ? Files.size(file) : 0;
                boolean needsNewline = sizeBefore > 0 && !endsWithNewline(file);
                byte[] record = ((needsNewline ? "\n" : "") + line).getBytes(StandardCharsets.UTF_8);
                Files.write(file, record, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                KnownHostsCache.appended(file, sizeBefore, record.length, hostEntry, presentedKey);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the host key of " + device + " in " + file
                        + ": " + e.getMessage() + "; check the file is writable", e);
            }
        }
    }

    /** The OpenSSH-style SHA-256 fingerprint of a public key blob, e.g. {@code SHA256:abc...}. */
    static String fingerprint(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return keyType(keyBlob) + " SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private Optional<String> recordedFingerprint() {
        HostKey[] keys = known.getHostKey(hostEntry, keyType(presentedKey));
        if (keys == null || keys.length == 0) keys = recordedKeys(hostEntry);
        if (keys.length == 0) return Optional.empty();
        return Optional.of(fingerprint(Base64.getDecoder().decode(keys[0].getKey())));
    }

    private HostKey[] recordedKeys(String host) {
        HostKey[] keys = known.getHostKey(host, null);
        return keys == null ? new HostKey[0] : keys;
    }

    private static String keyType(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob);
        int len = b.getInt();
        return new String(blob, 4, len, StandardCharsets.US_ASCII);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (java.nio.channels.SeekableByteChannel c = Files.newByteChannel(file)) {
            if (c.size() == 0) return false;
            ByteBuffer last = ByteBuffer.allocate(1);
            c.position(c.size() - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // Recording happens in recordIfFirstUse, after the connection is up.
    }

    @Override
    public void remove(String host, String type) {}

    @Override
    public void remove(String host, String type, byte[] key) {}

    @Override
    public String getKnownHostsRepositoryID() {
        return policy.knownHosts().toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return known.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return known.getHostKey(host, type);
    }
}
