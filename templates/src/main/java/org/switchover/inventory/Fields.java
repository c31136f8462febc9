package org.switchover.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The keys of one YAML mapping, read with their types checked. Unknown keys are reported when the
 * view is made; a wrong or missing value is reported where it is asked for and comes back empty.
 */
final class Fields {

    private final YamlNode.Mapping mapping;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** A view of {@code node} if it is a mapping (else reports it), accepting only {@code allowed} keys. */
    static Optional<Fields> of(YamlNode node, Problems problems, List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.at(node, "expected a mapping, found " + node.kind());
            return Optional.empty();
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key().text())) {
                problems.at(e.key(), "unknown key '" + e.key().text() + "' (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
        return Optional.of(new Fields(m, problems));
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    Optional<YamlNode> node(String key) {
        return Optional.ofNullable(mapping.entries().get(key)).map(YamlNode.Entry::value);
    }

    /** The value of a key that must be there; reports it at the mapping when missing. */
    Optional<YamlNode> required(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            problems.at(mapping, "missing required key '" + key + "'");
        }
        return n;
    }

    Optional<String> string(String key) {
        return node(key).flatMap(this::text);
    }

    Optional<String> requiredString(String key) {
        return required(key).flatMap(this::text);
    }

    OptionalInt integer(String key) {
        Optional<YamlNode> n = node(key);
        return n.isEmpty() ? OptionalInt.empty() : integerOf(n.get(), problems);
    }

    Optional<Boolean> bool(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()));
        }
        problems.at(n.get(), "expected true or false");
        return Optional.empty();
    }

    /** A value naming one constant of {@code type}, written in lower case in the file. */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, boolean required) {
        Optional<YamlNode> n = required ? required(key) : node(key);
        Optional<String> t = n.flatMap(this::text);
        if (t.isEmpty()) return Optional.empty();
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(t.get())) return Optional.of(c);
        }
        String expected = Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        problems.at(n.get(), "unknown " + key + " '" + t.get() + "' (expected one of: " + expected + ")");
        return Optional.empty();
    }

    /** The items of a list-valued key; a single value counts as a list of one. */
    List<YamlNode> list(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) return List.of();
        if (n.get() instanceof YamlNode.Sequence s) return s.items();
        if (n.get() instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) return List.of(s);
        if (n.get() instanceof YamlNode.Scalar) return List.of();
        problems.at(n.get(), "expected a list, found " + n.get().kind());
        return List.of();
    }

    /** The entries of a mapping-valued key (empty, after reporting, when it is something else). */
    List<YamlNode.Entry> entries(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty() || n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) return List.of();
        if (n.get() instanceof YamlNode.Mapping m) return List.copyOf(m.entries().values());
        problems.at(n.get(), "expected a mapping, found " + n.get().kind());
        return List.of();
    }

    Optional<String> text(YamlNode node) {
        return textOf(node, problems);
    }

    static Optional<String> textOf(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
            return Optional.of(s.text());
        }
        problems.at(node, "expected a single value, found " + node.kind());
        return Optional.empty();
    }

    static OptionalInt integerOf(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            try {
                return OptionalInt.of(Integer.parseInt(s.text()));
            } catch (NumberFormatException e) {
                // falls through to the report below: too large for any field here
            }
        }
        problems.at(node, "expected a whole number, found " + describe(node));
        return OptionalInt.empty();
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.text() != null ? "'" + s.text() + "'" : node.kind();
    }
}
