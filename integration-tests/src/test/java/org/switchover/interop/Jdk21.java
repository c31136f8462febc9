package org.switchover.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a JDK 21 or newer for third-party tools that need one: the {@code switchover.jdk21.home}
 * property, then {@code JAVA_HOME} and the running JDK, then every JDK under /usr/lib/jvm.
 */
public final class Jdk21 {
    private Jdk21() {}

    /** The {@code java} launcher of a JDK 21+, or a clear error saying where it was looked for. */
    public static Path java() {
        return find().orElseThrow(() -> new IllegalStateException("no JDK 21 or newer found (looked at "
                + candidates() + "); install one or pass -Dswitchover.jdk21.home=/path/to/jdk"));
    }

    public static Optional<Path> find() {
        for (Path home : candidates()) {
            Path java = home.resolve("bin/java");
            if (Files.isExecutable(java) && majorVersion(home) >= 21) return Optional.of(java);
        }
        return Optional.empty();
    }

    private static List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        String prop = System.getProperty("switchover.jdk21.home", "");
        if (!prop.isBlank() && !prop.startsWith("${")) homes.add(Path.of(prop));
        String env = System.getenv("JAVA_HOME");
        if (env != null && !env.isBlank()) homes.add(Path.of(env));
        homes.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                // Newest first, so a machine with several picks the same one every time.
                dirs.filter(Files::isDirectory).sorted((a, b) -> Integer.compare(majorVersion(b), majorVersion(a)))
                        .forEach(homes::add);
            } catch (IOException e) {
                // An unreadable /usr/lib/jvm just means no candidates there.
            }
        }
        return homes;
    }

    /** The major version from the JDK's {@code release} file, or 0 when unknown. */
    static int majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) return 0;
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String major = v.startsWith("1.") ? v.substring(2) : v;
                    int end = 0;
                    while (end < major.length() && Character.isDigit(major.charAt(end))) end++;
                    return end == 0 ? 0 : Integer.parseInt(major.substring(0, end));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
