package org.switchover.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.inventory.Device;
import org.switchover.inventory.Link;
import org.switchover.inventory.Role;
import org.switchover.inventory.Site;

/**
 * The site as a picture: core, distribution and access switches in three rows, cables between
 * them, and each switch drawn by its {@link DeviceCondition}. Every condition has its own fill
 * pattern, border and written word, so the picture reads the same printed in black and white.
 */
public final class TopologySvg {

    private static final double NODE_W = 96;
    private static final double NODE_H = 40;
    private static final double STEP_X = 112;
    private static final double MARGIN = 20;
    private static final double ROW_GAP = 100;

    private static final String PATTERNS = """
            <defs>
            <pattern id="topo-failed" width="8" height="8" patternUnits="userSpaceOnUse">\
            <rect width="8" height="8" fill="#fde0e0"/><path d="M0 0L8 8M8 0L0 8" stroke="#a00" stroke-width="1.2"/></pattern>
            <pattern id="topo-replacing" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="8" height="8" fill="#fff1d0"/><rect width="3" height="8" fill="#c77800"/></pattern>
            </defs>""";

    private TopologySvg() {}

    /** The picture of {@code site}; devices absent from {@code conditions} are in service. */
    public static String render(Site site, Map<String, DeviceCondition> conditions) {
        Map<String, double[]> at = positions(site);
        double width = MARGIN * 2 + STEP_X * Math.max(1, rows(site).stream().mapToInt(List::size).max().orElse(1)) - (STEP_X - NODE_W);
        double legendY = MARGIN + ROW_GAP * 2 + NODE_H + 36;
        Svg svg = new Svg(Math.max(width, 660), legendY + 30, "Topology of site " + site.name(),
                "Switches of the site by role with their cables; failed, being replaced and replaced switches are marked.");
        svg.raw(PATTERNS);
        for (List<String> pair : cabledPairs(site)) {
            double[] a = at.get(pair.get(0));
            double[] b = at.get(pair.get(1));
            if (a == null || b == null) continue;
            boolean down = isDown(conditions.get(pair.get(0))) || isDown(conditions.get(pair.get(1)));
            svg.line(a[0] + NODE_W / 2, a[1] + NODE_H / 2, b[0] + NODE_W / 2, b[1] + NODE_H / 2,
                    "stroke=\"#555\" stroke-width=\"1.5\"" + (down ? " stroke-dasharray=\"5 4\"" : ""));
        }
        at.forEach((name, xy) -> node(svg, name, xy[0], xy[1], conditions.getOrDefault(name, DeviceCondition.IN_SERVICE)));
        legend(svg, legendY);
        return svg.done();
    }

    private static boolean isDown(DeviceCondition c) {
        return c == DeviceCondition.FAILED || c == DeviceCondition.BEING_REPLACED;
    }

    private static void node(Svg svg, String name, double x, double y, DeviceCondition condition) {
        svg.group("device", "device", name);
        svg.rect(x, y, NODE_W, NODE_H, "rx=\"5\" " + style(condition) + " data-condition=\"" + condition.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        if (condition == DeviceCondition.REPLACED) {
            svg.rect(x + 3, y + 3, NODE_W - 6, NODE_H - 6, "rx=\"3\" fill=\"none\" stroke=\"#1d6b1d\" stroke-width=\"1\"");
        }
        boolean plain = condition == DeviceCondition.IN_SERVICE;
        // a white halo keeps names readable over the hatched fills, in colour and in black and white
        svg.text(x + NODE_W / 2, y + (plain ? 25 : 18), "middle", "font-size=\"14\" font-weight=\"bold\" fill=\"#000\" "
                + "paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\"", name);
        if (!plain) {
            svg.text(x + NODE_W / 2, y + 34, "middle", "font-size=\"11\" font-weight=\"bold\" fill=\"#000\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\"",
                    condition.words().toUpperCase(java.util.Locale.ROOT));
        }
        svg.end();
    }

    private static String style(DeviceCondition c) {
        return switch (c) {
            case IN_SERVICE -> "fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"";
            case FAILED -> "fill=\"url(#topo-failed)\" stroke=\"#a00\" stroke-width=\"3\" stroke-dasharray=\"6 3\"";
            case BEING_REPLACED -> "fill=\"url(#topo-replacing)\" stroke=\"#8a5300\" stroke-width=\"3\"";
            case REPLACED -> "fill=\"#d8f0d0\" stroke=\"#1d6b1d\" stroke-width=\"3\"";
        };
    }

    private static void legend(Svg svg, double y) {
        double x = MARGIN;
        for (DeviceCondition c : DeviceCondition.values()) {
            svg.rect(x, y - 12, 22, 16, "rx=\"3\" " + style(c));
            svg.text(x + 28, y, "start", "font-size=\"14\" fill=\"#000\"", c.words());
            x += 20;
            x += 130;
        }
    }

    /** Device names by row: core, distribution, access, each in the order of the site file. */
    private static List<List<String>> rows(Site site) {
        List<List<String>> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            rows.add(site.devices().values().stream().filter(d -> d.role() == role).map(Device::name).toList());
        }
        return rows;
    }

    private static Map<String, double[]> positions(Site site) {
        List<List<String>> rows = rows(site);
        int widest = rows.stream().mapToInt(List::size).max().orElse(1);
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            // each row centred under the widest
            double offset = (widest - row.size()) * STEP_X / 2;
            for (int i = 0; i < row.size(); i++) {
                at.put(row.get(i), new double[] {MARGIN + offset + i * STEP_X, MARGIN + r * ROW_GAP});
            }
        }
        return at;
    }

    /** Each pair of cabled devices once (parallel cables draw as one line). */
    private static List<List<String>> cabledPairs(Site site) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Link l : site.links()) {
            String a = l.a().device();
            String b = l.b().device();
            pairs.add(a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a));
        }
        return List.copyOf(pairs);
    }
}
