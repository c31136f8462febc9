package org.switchover.inventory;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every error of one site file while it is read, so all are reported at once. */
final class Problems {

    private final Path file;
    private final List<InventoryError> errors = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void at(YamlNode node, String message) {
        at(node.location(), node.path(), message);
    }

    void at(YamlNode.Location location, String path, String message) {
        InventoryError e = new InventoryError(file, location.line(), location.column(), path, message);
        // a profile's mistake is met once per port that uses it; say it once
        if (!errors.contains(e)) errors.add(e);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    List<InventoryError> all() {
        return ImmutableList.copyOf(errors);
    }
}
