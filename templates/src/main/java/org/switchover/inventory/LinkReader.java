package org.switchover.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code links} section: each end must be a port of a known device, cabled only once. */
final class LinkReader {

    private final Problems problems;
    private final Map<String, DeviceDraft> devices;
    private final Set<String> declared;
    private final Map<Integer, Vlan> vlans;

    LinkReader(Problems problems, Map<String, DeviceDraft> devices, Set<String> declared, Map<Integer, Vlan> vlans) {
        this.problems = problems;
        this.devices = devices;
        this.declared = declared;
        this.vlans = vlans;
    }

    List<LinkDraft> links(List<YamlNode> items) {
        List<LinkDraft> links = new ArrayList<>();
        Map<Link.Endpoint, YamlNode> cabled = new HashMap<>();
        for (YamlNode item : items) {
            Optional<Fields> f = Fields.of(item, problems, List.of("a", "b", "vlans"));
            if (f.isEmpty()) continue;
            Optional<Link.Endpoint> a = f.get().required("a").flatMap(this::endpoint);
            Optional<Link.Endpoint> b = f.get().required("b").flatMap(this::endpoint);
            Optional<Set<Integer>> pinned = f.get().node("vlans").map(n -> pinned(f.get()));
            if (a.isEmpty() || b.isEmpty()) continue;
            if (a.get().device().equals(b.get().device())) {
                problems.at(item, "link connects " + a.get().device() + " to itself");
                continue;
            }
            boolean free = claim(a.get(), f.get().node("a").orElseThrow(), cabled) & claim(b.get(), f.get().node("b").orElseThrow(), cabled);
            if (free) links.add(new LinkDraft(new Link(a.get(), b.get()), item, pinned));
        }
        return links;
    }

    private boolean claim(Link.Endpoint end, YamlNode at, Map<Link.Endpoint, YamlNode> cabled) {
        YamlNode first = cabled.putIfAbsent(end, at);
        if (first == null) return true;
        problems.at(at, "port " + end + " is already used by the link at line " + first.location().line() + "; a port takes one cable");
        return false;
    }

    private Set<Integer> pinned(Fields f) {
        Set<Integer> all = new LinkedHashSet<>();
        for (YamlNode item : f.list("vlans")) {
            Set<Integer> ids = VlanList.ids(List.of(item), problems);
            ids.stream().filter(id -> !vlans.containsKey(id)).findFirst()
                    .ifPresent(id -> problems.at(item, "VLAN " + id + " is not defined under 'vlans'"));
            all.addAll(ids);
        }
        return all;
    }

    /**
     * Where the device name ends: at the first colon after which the rest is the port, since port
     * names may hold colons themselves (Junos channelized {@code xe-0/0/0:1}). A prefix that names
     * a declared device wins, so a device name with a colon still resolves.
     */
    private int deviceEnd(String text) {
        for (int i = text.indexOf(':'); i > 0; i = text.indexOf(':', i + 1)) {
            if (declared.contains(text.substring(0, i))) return i;
        }
        return text.indexOf(':');
    }

    private Optional<Link.Endpoint> endpoint(YamlNode n) {
        Optional<String> t = Fields.textOf(n, problems);
        if (t.isEmpty()) return Optional.empty();
        int colon = deviceEnd(t.get());
        if (colon <= 0 || colon == t.get().length() - 1) {
            problems.at(n, "link end '" + t.get() + "' must be device:port, for example core-1:eth49");
            return Optional.empty();
        }
        String device = t.get().substring(0, colon);
        String port = t.get().substring(colon + 1);
        DeviceDraft d = devices.get(device);
        if (d == null) {
            // a declared device with errors of its own has already been reported
            if (!declared.contains(device)) problems.at(n, "device '" + device + "' is not defined under 'devices'");
            return Optional.empty();
        }
        if (!d.model().ports().contains(port)) {
            problems.at(n, "port " + port + " is not on hardware model '" + d.model().name() + "' of " + device
                    + " (it has " + DeviceReader.summary(d.model().ports()) + ")");
            return Optional.empty();
        }
        return Optional.of(new Link.Endpoint(device, port));
    }
}
