package org.switchover.driver;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a platform knows about its YANG models that a structural diff needs: which elements are
 * keyed lists (and their key leaves), which are leaf-lists, and which leaves have defaults.
 *
 * <p>Lists and leaf-lists are named either by schema path ({@code /interfaces/interface}, local
 * names without prefixes or keys) or by bare local name ({@code interface}); a schema path wins
 * when both match, so a platform can tell apart two lists that share a local name. Defaults are
 * always given by schema path ({@code /interfaces/interface/config/enabled}).
 */
public record SchemaHints(
        Map<String, List<String>> listKeys, Set<String> leafLists, Map<String, String> defaults) {

    /** No knowledge at all: repeated leaves are leaf-lists, repeated containers match by position. */
    public static final SchemaHints NONE = new SchemaHints(Map.of(), Set.of(), Map.of());

    public SchemaHints {
        listKeys.forEach((name, keys) -> checkArgument(
                !name.isBlank() && !keys.isEmpty(), "list %s needs at least one key leaf", name));
        defaults.keySet().forEach(path -> checkArgument(
                path.startsWith("/"), "default for '%s' must be given by schema path starting with /", path));
        listKeys = listKeys.entrySet().stream().collect(ImmutableMap.toImmutableMap(
                Map.Entry::getKey, e -> ImmutableList.copyOf(e.getValue())));
        leafLists = ImmutableSet.copyOf(leafLists);
        defaults = ImmutableMap.copyOf(defaults);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key leaves of the list at {@code schemaPath} (whose last step is {@code localName}), if it is one. */
    public Optional<List<String>> keysOf(String schemaPath, String localName) {
        List<String> keys = listKeys.get(schemaPath);
        return Optional.ofNullable(keys != null ? keys : listKeys.get(localName));
    }

    public boolean isLeafList(String schemaPath, String localName) {
        return leafLists.contains(schemaPath) || leafLists.contains(localName);
    }

    public Optional<String> defaultOf(String schemaPath) {
        return Optional.ofNullable(defaults.get(schemaPath));
    }

    /** Collects hints one declaration at a time. */
    public static final class Builder {
        private final Map<String, List<String>> listKeys = new LinkedHashMap<>();
        private final Set<String> leafLists = new LinkedHashSet<>();
        private final Map<String, String> defaults = new LinkedHashMap<>();

        private Builder() {}

        public Builder list(String pathOrName, String... keyLeaves) {
            listKeys.put(pathOrName, List.of(keyLeaves));
            return this;
        }

        public Builder leafList(String pathOrName) {
            leafLists.add(pathOrName);
            return this;
        }

        public Builder defaultValue(String schemaPath, String value) {
            defaults.put(schemaPath, value);
            return this;
        }

        public SchemaHints build() {
            return new SchemaHints(listKeys, leafLists, defaults);
        }
    }
}
