package org.switchover.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of everything a render reads besides the site: the user's template folder, if any, and
 * the build of the renderer with its built-in templates (the jar's size and time, or, run from a
 * classes folder, the bytes of the templates and of this package's classes). Any change to them
 * changes the digest, so renders kept under it are never stale.
 */
final class TemplateFingerprint {

    private TemplateFingerprint() {}

    static String of(Optional<Path> userDir) {
        MessageDigest sha = sha256();
        Optional<Path> code = codeSource();
        if (code.isPresent() && Files.isRegularFile(code.get())) {
            Path jar = code.get();
            try {
                update(sha, "jar " + jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + jar, e);
            }
        } else if (code.isPresent()) {
            tree(sha, code.get().resolve(TemplateLocator.BUILT_IN_ROOT));
            tree(sha, code.get().resolve(TemplateFingerprint.class.getPackageName().replace('.', '/')));
        } else {
            // no way to tell one build from another: a digest nothing else will ever match
            update(sha, "unknown build " + System.nanoTime());
        }
        userDir.ifPresent(d -> tree(sha, d));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Optional<Path> codeSource() {
        try {
            var source = TemplateFingerprint.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static void tree(MessageDigest sha, Path root) {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : sorted) {
                update(sha, root.relativize(f).toString());
                sha.update(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
