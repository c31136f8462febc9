package org.switchover.inventory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a {@code site.yaml} into a {@link Site}, checked as a whole: either a complete, valid site or
 * every error found, each with file, line, column and YAML path. Never a half-built site.
 *
 * <pre>{@code
 * Validation<Seq<InventoryError>, Site> v = SiteLoader.defaults().load(path);
 * Site site = SiteLoader.defaults().loadOrThrow(path);   // InvalidInventoryException with every error
 * }</pre>
 */
public final class SiteLoader {

    private final boolean allowInlineSecrets;

    private SiteLoader(boolean allowInlineSecrets) {
        this.allowInlineSecrets = allowInlineSecrets;
    }

    /** A loader that refuses passwords written in the file. */
    public static SiteLoader defaults() {
        return new SiteLoader(false);
    }

    /** A loader that accepts inline passwords (the user asked for it explicitly). */
    public static SiteLoader allowingInlineSecrets() {
        return new SiteLoader(true);
    }

    public Validation<Seq<InventoryError>, Site> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Validation.invalid(List.of(new InventoryError(file, 1, 1, "", "cannot read the site file: " + readError(file, e))));
        }
        return parse(file, text);
    }

    /** Reads {@code yaml} as if it were the content of {@code file} (errors name that file). */
    public Validation<Seq<InventoryError>, Site> parse(Path file, String yaml) {
        Problems problems = new Problems(file);
        Optional<YamlNode> root = new LocatedYaml(problems).parse(yaml);
        Optional<Site> site = root.flatMap(r -> new SiteReader(problems, allowInlineSecrets).read(r));
        if (!problems.isEmpty() || site.isEmpty()) {
            return Validation.invalid(List.ofAll(problems.all()));
        }
        return Validation.valid(site.get());
    }

    /** The site, or an {@link InvalidInventoryException} carrying every error. */
    public Site loadOrThrow(Path file) {
        Validation<Seq<InventoryError>, Site> v = load(file);
        if (v.isInvalid()) throw new InvalidInventoryException(v.getError().asJava());
        return v.get();
    }

    /** Why {@code file} could not be read, in words rather than exception class names. */
    static String readError(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (Files.isDirectory(file)) return "it is a directory, expected a site file such as site.yaml";
        if (e instanceof java.nio.charset.CharacterCodingException) return "not UTF-8 text; is this a site file?";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? "read failed" : e.getMessage();
    }
}
