package org.switchover.inventory;

import java.nio.file.Path;

/**
 * One problem in a site file, located precisely enough to fix it without searching:
 * file, 1-based line and column, the YAML path (for example {@code devices.acc-1.ports.eth3.vlan})
 * and what is wrong. Messages never contain secrets.
 */
public record InventoryError(Path file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
