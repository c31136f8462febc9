package org.switchover.driver;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** The structural difference between two configurations; empty means compliant. */
public record ConfigDiff(List<ConfigChange> changes) {

    /** One difference: a path with list keys, and the value before and after (null when absent). */
    public record ConfigChange(String path, String before, String after) {}

    public ConfigDiff {
        changes = ImmutableList.copyOf(changes);
    }

    public static ConfigDiff empty() {
        return new ConfigDiff(List.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** A readable rendering, one {@code -}/{@code +} line per side of each change. */
    public String render() {
        return changes.stream()
                .map(c -> (c.before() == null ? "" : "- " + c.path() + " = " + c.before() + "\n")
                        + (c.after() == null ? "" : "+ " + c.path() + " = " + c.after() + "\n"))
                .collect(Collectors.joining());
    }
}
