package org.switchover.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.switchover.inventory.Device;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;
import org.switchover.inventory.Vlan;

/**
 * The variables a template sees for one device, as plain maps and lists. Documented in
 * {@code templates/README.md}; the staged variant is already applied to {@code ports[].enabled}.
 */
final class RenderContext {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private RenderContext() {}

    static Map<String, Object> of(Site site, Device device, boolean staged) {
        Map<String, String> farEnds = new HashMap<>();
        site.linksOf(device.name()).forEach(l -> farEnds.put(l.nearEnd(device.name()).port(), l.farEnd(device.name()).toString()));
        Set<String> cabled = farEnds.keySet();
        List<Map<String, Object>> ports = new ArrayList<>();
        Map<Integer, Map<String, Object>> vlans = new TreeMap<>();
        int index = 0;
        for (Port p : device.ports().values()) {
            index++;
            Map<String, Object> port = port(p, index, staged && StagedPorts.heldDown(p, cabled), farEnds.get(p.name()));
            ports.add(port);
            p.accessVlan().ifPresent(v -> member(vlans, site.vlans().get(v), "untagged", port));
            p.trunkVlans().forEach(v -> member(vlans, site.vlans().get(v), "tagged", port));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("hostname", device.name());
        context.put("device", Map.of(
                "name", device.name(),
                "role", device.role().id(),
                "platform", device.platform().id(),
                "model", device.model(),
                "serial", device.serial().orElse("")));
        context.put("site", Map.of("name", site.name(), "description", site.description()));
        context.put("ports", ports);
        context.put("vlans", new ArrayList<>(vlans.values()));
        context.put("bridge", Map.of("name", "br0", "address", bridgeAddress(device.name())));
        context.put("staged", staged);
        return context;
    }

    private static Map<String, Object> port(Port p, int index, boolean heldDown, String farEnd) {
        Map<String, Object> port = new HashMap<>();
        port.put("name", p.name());
        port.put("index", index);
        port.put("description", p.description());
        port.put("enabled", p.enabled() && !heldDown);
        port.put("golden_enabled", p.enabled());
        port.put("mode", p.mode().name().toLowerCase(Locale.ROOT));
        port.put("access_vlan", p.accessVlan().isPresent() ? p.accessVlan().getAsInt() : "");
        port.put("trunk_vlans", List.copyOf(p.trunkVlans()));
        port.put("mtu", p.mtu());
        port.put("service", p.service().orElse(""));
        port.put("link", farEnd != null);
        port.put("far_end", farEnd == null ? "" : farEnd);
        return port;
    }

    @SuppressWarnings("unchecked")
    private static void member(Map<Integer, Map<String, Object>> vlans, Vlan vlan, String how, Map<String, Object> port) {
        Map<String, Object> v = vlans.computeIfAbsent(vlan.id(), id -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", vlan.id());
            m.put("name", vlan.name());
            m.put("service", vlan.service().orElse(""));
            m.put("untagged", new ArrayList<Map<String, Object>>());
            m.put("tagged", new ArrayList<Map<String, Object>>());
            return m;
        });
        ((List<Map<String, Object>>) v.get(how)).add(port);
    }

    /** A stable, locally administered MAC for the device's bridge, so renders are reproducible. */
    static String bridgeAddress(String device) {
        byte[] h = SHA256.get().digest(device.getBytes(StandardCharsets.UTF_8));
        return String.format("02-%02X-%02X-%02X-%02X-%02X", h[0], h[1], h[2], h[3], h[4]);
    }
}
