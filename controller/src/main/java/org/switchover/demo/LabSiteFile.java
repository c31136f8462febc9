package org.switchover.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchover.lab.Lab;

/**
 * A copy of a site file's text pointing at a running lab: each device's management address is the
 * lab port of its switch and, for the demo, the credentials secret is the lab's password file and
 * known_hosts the lab's. Comments and layout are kept, so the copy reads like the original.
 */
public final class LabSiteFile {

    /** A key on a line of its own, plain or quoted as YAML allows ({@code "acc-1":}). */
    private static final Pattern DEVICE = Pattern.compile("^(\\s+)([\"']?)([A-Za-z0-9][A-Za-z0-9._-]*)\\2:\\s*(#.*)?$");
    private static final Pattern MANAGEMENT = Pattern.compile("^(\\s+management:\\s*)(\\S+)(.*)$");
    private static final Pattern SECRET = Pattern.compile("^(\\s+secret:\\s*)(\\S+)(.*)$");
    private static final Pattern KNOWN_HOSTS = Pattern.compile("^(\\s+known_hosts:\\s*)(\\S+)(.*)$");

    private LabSiteFile() {}

    /** {@code lines} with the lab's addresses only: credentials and known_hosts stay the site's own. */
    public static List<String> withLabAddresses(List<String> lines, Lab lab, Set<String> devices) {
        return rewrite(lines, lab, devices, null, null);
    }

    /** {@code lines} with the lab's addresses, its password file as every file secret, and its known_hosts. */
    public static List<String> pointAt(List<String> lines, Lab lab, Set<String> devices, Path passwordFile, Path knownHosts) {
        return rewrite(lines, lab, devices, passwordFile, knownHosts);
    }

    private static List<String> rewrite(List<String> lines, Lab lab, Set<String> devices, Path passwordFile, Path knownHosts) {
        List<String> out = new ArrayList<>();
        String current = null;
        for (String line : lines) {
            Matcher d = DEVICE.matcher(line);
            if (d.matches() && devices.contains(d.group(3))) current = d.group(3);
            Matcher m = MANAGEMENT.matcher(line);
            Matcher s = SECRET.matcher(line);
            Matcher k = KNOWN_HOSTS.matcher(line);
            if (m.matches() && current != null) {
                out.add(m.group(1) + "127.0.0.1:" + lab.get(current).port() + m.group(3));
            } else if (passwordFile != null && s.matches() && s.group(2).startsWith("file:")) {
                out.add(s.group(1) + "file:" + passwordFile.toAbsolutePath() + s.group(3));
            } else if (knownHosts != null && k.matches()) {
                out.add(k.group(1) + knownHosts.toAbsolutePath() + k.group(3));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
