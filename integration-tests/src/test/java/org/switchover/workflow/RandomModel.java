package org.switchover.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A hardware model drawn for {@link RandomSite}: port names as each vendor writes them (IOS-XE
 * {@code GigabitEthernet1/0/1}, {@code HundredGigE1/0/49}; Junos {@code ge-0/0/0}, {@code et-0/0/48},
 * breakouts {@code xe-0/2/0:1}; EOS {@code Ethernet1}, {@code Ethernet49/1}; generic {@code eth0},
 * {@code swp1}, {@code 1/1/1}), in hardware order, with the YAML items (ranges or names) that list them.
 */
record RandomModel(String name, String platform, List<String> edge, List<String> uplinks, List<String> items, List<String> uplinkItems) {

    List<String> ports() {
        List<String> all = new ArrayList<>(edge);
        all.addAll(uplinks);
        return all;
    }

    /** A model of {@code platform} with ports enough for {@code degree} cables, named apart from those in {@code models}, which it joins. */
    static RandomModel draw(Random r, Map<String, RandomModel> models, String platform, int degree) {
        int uplinks = Math.max(1, Math.min(4, degree + r.nextInt(2)));
        int edge = Math.max(2, degree - uplinks + 2) + r.nextInt(6);
        List<String> e = new ArrayList<>();
        List<String> u = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> uplinkItems = new ArrayList<>();
        String modelName;
        switch (platform) {
            case "iosxe" -> {
                int style = r.nextInt(3);
                String edgeType = style == 1 ? "TwentyFiveGigE" : pick(r, List.of("GigabitEthernet", "GigabitEthernet", "TwoGigabitEthernet", "FiveGigabitEthernet"));
                int slot = r.nextInt(3) == 0 ? 2 : 1;
                names(r, e, items, edgeType + slot + "/0/", 1, edge);
                if (style == 1) names(r, u, uplinkItems, "HundredGigE" + slot + "/0/", 49, uplinks);
                else names(r, u, uplinkItems, (style == 0 ? pick(r, List.of("TenGigabitEthernet", "FortyGigabitEthernet")) : "TwentyFiveGigE") + slot + "/1/", 1, uplinks);
                modelName = style == 1 ? "C9500-" + (edge + uplinks) : "C9300-" + (edge + uplinks) + "P";
            }
            case "junos" -> {
                int style = r.nextInt(3);
                if (style == 0) {
                    names(r, e, items, pick(r, List.of("ge-0/0/", "ge-1/0/", "mge-0/0/")), 0, edge);
                    names(r, u, uplinkItems, "xe-0/1/", 0, uplinks);
                    modelName = "EX2300-" + (edge + uplinks);
                } else if (style == 1) {
                    names(r, e, items, "xe-0/0/", 0, edge);
                    names(r, u, uplinkItems, "et-0/0/", 48, uplinks);
                    modelName = "EX4650-" + (edge + uplinks);
                } else {
                    // a 4x10G breakout of a 40G port: xe-0/2/0:0 ... xe-0/2/0:3
                    names(r, e, items, "ge-0/0/", 0, edge);
                    names(r, u, uplinkItems, "xe-0/2/0:", 0, uplinks);
                    modelName = "EX3400-" + (edge + uplinks) + "C";
                }
            }
            case "eos" -> {
                int style = r.nextInt(3);
                if (style == 2) {
                    // QSFP uplinks broken out into lanes: Ethernet49/1 ... Ethernet49/4
                    names(r, e, items, "Ethernet", 1, edge);
                    names(r, u, uplinkItems, "Ethernet" + (edge + 1) + "/", 1, uplinks);
                    modelName = "DCS-7280-" + (edge + uplinks);
                } else if (style == 1) {
                    names(r, e, items, "Ethernet", 1, edge);
                    for (int i = 0; i < uplinks; i++) {
                        String n = "Ethernet" + (edge + 1 + i) + "/1";
                        u.add(n);
                        uplinkItems.add(n);
                    }
                    modelName = "DCS-7050-" + (edge + uplinks);
                } else {
                    names(r, e, items, "Ethernet1/", 1, edge);
                    names(r, u, uplinkItems, "Ethernet2/", 1, uplinks);
                    modelName = "DCS-7304-" + (edge + uplinks);
                }
            }
            default -> {
                int style = r.nextInt(6);
                switch (style) {
                    case 4 -> {
                        names(r, e, items, "Ethernet", 0, edge);
                        names(r, u, uplinkItems, "Ethernet", edge, uplinks);
                    }
                    case 5 -> {
                        names(r, e, items, "ethernet-1/", 1, edge);
                        names(r, u, uplinkItems, "ethernet-1/", edge + 1, uplinks);
                    }
                    case 0 -> {
                        names(r, e, items, "eth", 0, edge);
                        names(r, u, uplinkItems, "eth", edge, uplinks);
                    }
                    case 1 -> {
                        names(r, e, items, "swp", 1, edge);
                        names(r, u, uplinkItems, "swp", edge + 1, uplinks);
                    }
                    case 2 -> {
                        names(r, e, items, "1/1/", 1, edge);
                        names(r, u, uplinkItems, "1/2/", 1, uplinks);
                    }
                    default -> {
                        names(r, e, items, "eth", 1, edge);
                        names(r, u, uplinkItems, "up", 1, uplinks);
                    }
                }
                modelName = platform + "-" + (edge + uplinks);
            }
        }
        String unique = modelName;
        for (int i = 2; models.containsKey(unique); i++) unique = modelName + "-" + i;
        items.addAll(uplinkItems);
        RandomModel m = new RandomModel(unique, platform, e, u, items, uplinkItems);
        models.put(unique, m);
        return m;
    }

    /** Adds {@code prefix}{@code from}..{@code from+count-1} to {@code names} and one or more YAML items (a range or names) for them. */
    private static void names(Random r, List<String> names, List<String> items, String prefix, int from, int count) {
        for (int i = 0; i < count; i++) names.add(prefix + (from + i));
        int style = count == 1 ? 2 : r.nextInt(3);
        switch (style) {
            case 0 -> items.add(prefix + from + "-" + (from + count - 1));
            case 1 -> items.add(prefix + from + "-" + prefix + (from + count - 1));
            default -> items.addAll(names.subList(names.size() - count, names.size()));
        }
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
