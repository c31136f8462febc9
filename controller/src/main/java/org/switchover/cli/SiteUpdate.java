package org.switchover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.switchover.inventory.Site;
import org.switchover.journal.DeviceRecord;

/**
 * The change a replacement makes to the site file: each replaced device's new management address
 * and serial. Printed always; written (in place, keeping comments and layout) only when asked.
 */
final class SiteUpdate {

    private SiteUpdate() {}

    static void apply(Site site, List<DeviceRecord> devices, boolean write, PrintWriter out) {
        Map<String, DeviceRecord> replaced = new LinkedHashMap<>();
        devices.stream().filter(DeviceRecord::newHardware).forEach(d -> replaced.put(d.device(), d));
        if (replaced.isEmpty()) return;
        out.println(write ? "updating " + site.file() + ":" : "change to make in " + site.file() + " (or rerun with --update-site):");
        replaced.values().forEach(d -> out.println("  devices." + d.device() + ".management: " + d.address()
                + "   devices." + d.device() + ".serial: " + d.serial()));
        if (!write) return;
        try {
            List<String> lines = Files.readAllLines(site.file(), StandardCharsets.UTF_8);
            for (DeviceRecord d : replaced.values()) lines = edit(lines, d);
            Path tmp = Files.createTempFile(site.file().toAbsolutePath().getParent(), ".site-", ".part");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, site.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            out.println("could not write " + site.file() + " (" + e.getMessage() + "); make the change above by hand");
        }
    }

    /** The device's block under {@code devices:} with management and serial set. */
    static List<String> edit(List<String> lines, DeviceRecord d) {
        List<String> out = new ArrayList<>(lines);
        // the device's key as YAML allows it: plain, 'single' or "double" quoted
        Pattern header = Pattern.compile("^(\\s+)([\"']?)" + Pattern.quote(d.device()) + "\\2:\\s*(#.*)?$");
        for (int i = 0; i < out.size(); i++) {
            var m = header.matcher(out.get(i));
            if (!m.matches()) continue;
            int indent = m.group(1).length();
            String childIndent = null;
            boolean serialSet = false;
            int end = i + 1;
            for (; end < out.size(); end++) {
                String line = out.get(end);
                if (line.isBlank()) continue;
                int ind = line.length() - line.stripLeading().length();
                if (ind <= indent) break;
                if (childIndent == null) childIndent = line.substring(0, ind);
                if (ind != childIndent.length()) continue;
                if (line.stripLeading().startsWith("management:")) out.set(end, childIndent + "management: " + d.address());
                if (line.stripLeading().startsWith("serial:")) {
                    out.set(end, childIndent + "serial: " + d.serial());
                    serialSet = true;
                }
            }
            if (!serialSet) out.add(i + 1, (childIndent == null ? " ".repeat(indent + 2) : childIndent) + "serial: " + d.serial());
            return out;
        }
        return out;
    }
}
