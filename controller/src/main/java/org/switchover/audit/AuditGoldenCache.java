package org.switchover.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/**
 * Golden configurations kept across audits in the user's cache folder, so an audit of an unchanged
 * site renders nothing. Entries live in a folder named by the digest of the site (every entry of
 * the inventory) and of the renderer's fingerprint (templates and build): any change to either
 * starts a new folder, and only the {@value #KEPT} most recently used folders are kept. The cache
 * is private to the user (0700); a cache that cannot be read or written is bypassed, never an
 * audit failure.
 */
public final class AuditGoldenCache implements AuditGoldenSource {

    static final int KEPT = 4;
    private static final String MAGIC = "switchover-golden 1";

    private final AuditGoldenSource renderer;
    private final Path root;
    private final String fingerprint;
    private volatile Keyed current;

    /** The folder of one site digest, for the site object it was computed from. */
    private record Keyed(Site site, Path folder) {}

    public AuditGoldenCache(AuditGoldenSource renderer, String fingerprint, Path root) {
        this.renderer = renderer;
        this.fingerprint = fingerprint;
        this.root = root;
    }

    /**
     * The user's cache folder for goldens: {@code -Dswitchover.cache.dir}, else
     * {@code $XDG_CACHE_HOME/switchover}, else {@code ~/.cache/switchover}; then {@code golden/}.
     */
    public static Path userCache() {
        String property = System.getProperty("switchover.cache.dir");
        if (property != null && !property.isBlank()) return Path.of(property).resolve("golden");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("switchover").resolve("golden");
    }

    @Override
    public ConfigPayload golden(Site site, Device device) {
        Optional<Path> folder = folder(site);
        Path entry = folder.map(f -> f.resolve(fileName(device.name()))).orElse(null);
        if (entry != null) {
            Optional<ConfigPayload> kept = read(entry, device.name());
            if (kept.isPresent()) return kept.get();
        }
        ConfigPayload rendered = renderer.golden(site, device);
        if (entry != null) write(entry, rendered);
        return rendered;
    }

    /** This site's folder, created and the oldest others pruned on first use; empty when the cache is unusable. */
    private Optional<Path> folder(Site site) {
        Keyed k = current;
        if (k != null && k.site() == site) return Optional.ofNullable(k.folder());
        synchronized (this) {
            k = current;
            if (k != null && k.site() == site) return Optional.ofNullable(k.folder());
            Path folder = null;
            try {
                folder = root.resolve(siteDigest(site));
                if (!Files.isDirectory(folder)) {
                    createPrivate(root);
                    createPrivate(folder);
                    prune(folder);
                } else {
                    Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
                }
            } catch (IOException | RuntimeException e) {
                folder = null;
            }
            current = new Keyed(site, folder);
            return Optional.ofNullable(folder);
        }
    }

    private void prune(Path keep) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = new ArrayList<>(s.filter(Files::isDirectory).filter(p -> !p.equals(keep)).toList());
        }
        folders.sort(Comparator.comparingLong(AuditGoldenCache::modified).reversed());
        for (Path old : folders.subList(Math.min(folders.size(), KEPT - 1), folders.size())) deleteTree(old);
    }

    private static Optional<ConfigPayload> read(Path entry, String device) {
        try {
            if (!Files.isRegularFile(entry)) return Optional.empty();
            String text = Files.readString(entry, StandardCharsets.UTF_8);
            int l1 = text.indexOf('\n');
            int l2 = text.indexOf('\n', l1 + 1);
            int l3 = text.indexOf('\n', l2 + 1);
            if (l1 < 0 || l2 < 0 || l3 < 0 || !text.substring(0, l1).equals(MAGIC) || !text.substring(l1 + 1, l2).equals(device)) {
                return Optional.empty();
            }
            List<ConfigPayload.Subtree> owned = new ArrayList<>();
            for (String s : text.substring(l2 + 1, l3).split("\t")) {
                int space = s.indexOf(' ');
                if (space < 0) return Optional.empty();
                owned.add(new ConfigPayload.Subtree(s.substring(0, space), s.substring(space + 1)));
            }
            return Optional.of(new ConfigPayload(device, text.substring(l3 + 1), owned));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Written whole to a temporary file and moved into place, so a reader never sees half an entry. */
    private static void write(Path entry, ConfigPayload payload) {
        StringBuilder text = new StringBuilder(MAGIC).append('\n').append(payload.device()).append('\n');
        List<String> owned = payload.ownedSubtrees().stream().map(s -> s.namespace() + " " + s.name()).toList();
        text.append(String.join("\t", owned)).append('\n').append(payload.xml());
        Path tmp = null;
        try {
            tmp = Files.createTempFile(entry.getParent(), ".entry-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs a render next time, nothing more
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for the next prune
            }
        }
    }

    private static void createPrivate(Path dir) throws IOException {
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // made by another audit at the same moment
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A device's entry: its name when that is a plain file name, else a digest of it. */
    private static String fileName(String device) {
        return (device.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}") ? device : digest(List.of(device))) + ".xml";
    }

    /**
     * The digest of the renderer's fingerprint and every entry of the site, device by device (the
     * records' texts hold all their values, and never a secret's), so a large site is never one string.
     */
    String siteDigest(Site site) {
        List<Object> parts = new ArrayList<>(List.of(fingerprint, site.file(), site.name(), site.description(), site.defaults(),
                site.models(), site.vlans(), site.services(), site.links(), site.suppressions()));
        parts.addAll(site.devices().values());
        return digest(parts);
    }

    private static String digest(List<?> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
