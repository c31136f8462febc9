package org.switchover.netconf;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed known_hosts files, kept per file until the file changes on disk (its modification time,
 * size or identity differ from when it was read), so a fleet of connections does not re-read and
 * re-parse a file that grows with the fleet. A key recorded on first use is added in memory too.
 */
final class KnownHostsCache {

    /** What a file looked like when parsed; a file that does not exist has no stamp. */
    private record Stamp(FileTime modified, long size, Object fileKey) {}

    private record Parsed(Stamp stamp, HostKeyRepository keys) {}

    private static final Map<Path, Parsed> FILES = new ConcurrentHashMap<>();

    private KnownHostsCache() {}

    /** The keys on record in {@code file}, parsed again only when the file changed since the last read. */
    static HostKeyRepository keys(Path file) {
        Path at = file.toAbsolutePath().normalize();
        Stamp now = stamp(at);
        Parsed known = FILES.get(at);
        if (known != null && Objects.equals(known.stamp(), now)) return known.keys();
        // one parse per change: connections starting together wait for it rather than each parsing the file
        return FILES.compute(at, (p, kept) -> kept != null && Objects.equals(kept.stamp(), stamp(p)) ? kept : parse(p)).keys();
    }

    /**
     * Notes that this process appended {@code bytes} bytes recording {@code host}'s {@code key} to
     * {@code file}, which was parsed when it held {@code sizeBefore} bytes: the kept copy learns the
     * key without a re-read. If the file changed in any other way meanwhile, the kept copy is
     * dropped and the next use reads the file again.
     */
    static void appended(Path file, long sizeBefore, long bytes, String host, byte[] key) {
        Path at = file.toAbsolutePath().normalize();
        FILES.computeIfPresent(at, (p, known) -> {
            Stamp after = stamp(p);
            long keptSize = known.stamp() == null ? 0 : known.stamp().size();
            if (after == null || keptSize != sizeBefore || after.size() != sizeBefore + bytes) return null;
            try {
                known.keys().add(new HostKey(host, key), null);
            } catch (JSchException e) {
                return null;
            }
            return new Parsed(after, known.keys());
        });
    }

    private static Parsed parse(Path file) {
        // stamp first: a change racing the read makes the next use read again, never the reverse
        Stamp stamp = stamp(file);
        JSch jsch = new JSch();
        try {
            if (Files.isRegularFile(file)) {
                jsch.setKnownHosts(new ByteArrayInputStream(Files.readAllBytes(file)));
            }
        } catch (IOException | JSchException e) {
            throw new IllegalArgumentException("cannot read known_hosts file " + file + ": " + e.getMessage(), e);
        }
        return new Parsed(stamp, jsch.getHostKeyRepository());
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read known_hosts file " + file + ": " + e.getMessage(), e);
        }
    }
}
