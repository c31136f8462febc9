package org.switchover.inventory;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the place it was written, so every later check can point at file:line:column. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based position of the node's first character. */
    record Location(int line, int column) {}

    Location location();

    /** Dotted path from the document root, list items as {@code [i]}. */
    String path();

    /** What a person calls this kind of node, for "expected a mapping, found a list". */
    String kind();

    /** One key of a mapping: the key scalar (for its location) and its value. */
    record Entry(Scalar key, YamlNode value) {}

    /** A mapping in file order; duplicate keys were reported by the parser and the first one kept. */
    record Mapping(Location location, String path, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(Location location, String path, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = ImmutableList.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A single value; {@code text} is null only for YAML null. */
    record Scalar(Location location, String path, String text, ScalarType type) implements YamlNode {
        @Override
        public String kind() {
            return type == ScalarType.NULL ? "nothing" : "a single value";
        }
    }

    /** How the YAML parser typed a scalar. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
