package org.switchover.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.loader.ResourceLocator;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds templates by name ({@code openconfig/access.xml.j2}, {@code ietf/macros.j2}): first in the
 * user's template folder, if any, then among the built-ins on the classpath under {@code templates/}.
 * A user folder thus overrides built-ins file by file. Texts are read once and kept.
 */
final class TemplateLocator implements ResourceLocator {

    static final String BUILT_IN_ROOT = "templates/";

    private final Optional<Path> userDir;
    private final Map<String, Optional<Source>> cache = new ConcurrentHashMap<>();

    /** A template's text and where it came from, for error messages. */
    record Source(String name, String origin, String text) {}

    TemplateLocator(Optional<Path> userDir) {
        this.userDir = userDir.map(d -> d.toAbsolutePath().normalize());
    }

    Optional<Source> find(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    /** The file a person should open to fix {@code name}. */
    String origin(String name) {
        return find(name).map(Source::origin).orElse(name);
    }

    @Override
    public String getString(String fullName, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
        return find(fullName).map(Source::text).orElseThrow(() -> new ResourceNotFoundException(
                "no template '" + fullName + "'" + userDir.map(d -> " in " + d + " or").orElse("") + " among the built-ins"));
    }

    private Optional<Source> load(String name) {
        if (userDir.isPresent()) {
            Path candidate = userDir.get().resolve(name).normalize();
            if (candidate.startsWith(userDir.get()) && Files.isRegularFile(candidate)) {
                try {
                    return Optional.of(new Source(name, candidate.toString(), Files.readString(candidate, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read template " + candidate, e);
                }
            }
        }
        if (name.contains("..")) return Optional.empty();
        try (InputStream in = TemplateLocator.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + name)) {
            if (in == null) return Optional.empty();
            return Optional.of(new Source(name, BUILT_IN_ROOT + name + " (built-in)", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in template " + name, e);
        }
    }
}
