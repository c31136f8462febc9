package org.switchover.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site file made of the city site file repeated, for benchmarks that run the CLI as users do:
 * copy 1 keeps the original names (so services keep their gateways), copy n &gt; 1 suffixes every
 * device name and serial with {@code -rN}, cables stay within their copy and between devices kept,
 * and each copy's cores are cabled to the previous copy's ({@code eth31} to {@code eth32}), so every
 * switch has a path to its services' gateways in copy 1.
 * Each device's management address comes from {@code port}; credentials and known_hosts point
 * into a lab folder.
 */
final class SiteReplica {

    private static final Pattern DEVICE = Pattern.compile("^  ([A-Za-z0-9._-]+):");
    private static final Pattern LINK = Pattern.compile("a: \"([^:\"]+):([^\"]+)\", b: \"([^:\"]+):([^\"]+)\"");

    /** The devices chained from copy to copy: the city site's cores, whose ports 31 and 32 are free. */
    private static final List<String> CHAINED = List.of("core-1", "core-2");

    private final List<String> header = new ArrayList<>();
    private final Map<String, List<String>> devices = new LinkedHashMap<>();
    private final List<String> links = new ArrayList<>();
    private final List<String> tail = new ArrayList<>();

    private SiteReplica() {}

    static SiteReplica read(Path source) throws IOException {
        SiteReplica r = new SiteReplica();
        String section = "";
        List<String> block = null;
        for (String line : Files.readAllLines(source)) {
            if (!line.startsWith(" ") && !line.startsWith("#") && !line.isBlank()) section = line.replaceAll(":.*", "");
            if (line.startsWith("#") || line.isBlank()) continue;
            switch (section) {
                case "devices" -> {
                    Matcher m = DEVICE.matcher(line);
                    if (m.find()) {
                        block = new ArrayList<>();
                        r.devices.put(m.group(1), block);
                    }
                    if (block != null) block.add(line);
                }
                case "links" -> {
                    if (LINK.matcher(line).find()) r.links.add(line);
                }
                case "suppressions" -> r.tail.add(line);
                default -> r.header.add(line);
            }
        }
        return r;
    }

    /** Device names of the replica with {@code count} devices, in file order. */
    List<String> names(int count) {
        List<String> out = new ArrayList<>();
        for (int n = 1; out.size() < count; n++) {
            for (String d : devices.keySet()) {
                if (out.size() == count) break;
                out.add(name(d, n));
            }
        }
        return out;
    }

    /** Writes the replica of {@code count} devices to {@code target}. */
    Path write(Path target, int count, Function<String, Integer> port, Path labDir) throws IOException {
        List<String> kept = names(count);
        java.util.Set<String> keptSet = new java.util.HashSet<>(kept);
        List<String> out = new ArrayList<>();
        for (String line : header) {
            out.add(line.replace("file:~/.switchover/lab/password", "file:" + labDir.resolve("password").toAbsolutePath())
                    .replace("~/.switchover/lab/known_hosts", labDir.resolve("known_hosts").toAbsolutePath().toString()));
        }
        out.add("devices:");
        List<String> linkLines = new ArrayList<>();
        for (int n = 1, written = 0; written < count; n++) {
            for (var e : devices.entrySet()) {
                if (written == count) break;
                String name = name(e.getKey(), n);
                for (String line : e.getValue()) {
                    if (line.equals(e.getValue().get(0))) line = "  " + name + ":";
                    else if (line.trim().startsWith("management:")) line = "    management: 127.0.0.1:" + port.apply(name);
                    else if (line.trim().startsWith("serial:") && n > 1) line = line.replaceAll("\\s+#.*", "") + "-R" + n;
                    out.add(line);
                }
                written++;
            }
            if (n > 1) {
                for (String core : CHAINED) {
                    String a = name(core, n);
                    String b = name(core, n - 1);
                    if (keptSet.contains(a) && keptSet.contains(b)) linkLines.add("  - { a: \"" + a + ":eth31\", b: \"" + b + ":eth32\" }");
                }
            }
            for (String link : links) {
                Matcher m = LINK.matcher(link);
                m.find();
                String a = name(m.group(1), n);
                String b = name(m.group(3), n);
                if (keptSet.contains(a) && keptSet.contains(b)) {
                    linkLines.add(m.replaceFirst(Matcher.quoteReplacement("a: \"" + a + ":" + m.group(2) + "\", b: \"" + b + ":" + m.group(4) + "\"")));
                }
            }
        }
        out.add("links:");
        out.addAll(linkLines);
        out.add("suppressions:");
        out.addAll(tail.stream().filter(l -> !l.startsWith("suppressions")).toList());
        Files.write(target, out);
        return target;
    }

    private static String name(String device, int copy) {
        return copy == 1 ? device : device + "-r" + copy;
    }
}
