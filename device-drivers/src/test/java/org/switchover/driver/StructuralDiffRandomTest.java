package org.switchover.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Seeded randomized: the structural diff of two configurations does not depend on the order of the
 * entries of keyed lists (interfaces, subinterfaces, VLANs) nor of leaf-list values, and a
 * configuration compared with any reordering of itself has no difference. The seed (property
 * {@code switchover.seed}, default fixed) is printed in every failure.
 */
class StructuralDiffRandomTest {

    private static final long SEED = Long.getLong("switchover.seed", 20261203L);
    private static final int ROUNDS = 200;
    private static final String OC = "http://openconfig.net/yang/interfaces";
    private static final String OC_VLAN = "http://openconfig.net/yang/vlan";

    private static final SchemaHints HINTS = SchemaHints.builder()
            .list("/interfaces/interface", "name")
            .list("subinterface", "index")
            .list("/vlans/vlan", "vlan-id")
            .leafList("trunk-vlans")
            .build();

    private static final List<ConfigPayload.Subtree> OWNED = List.of(new ConfigPayload.Subtree(OC, "interfaces"),
            new ConfigPayload.Subtree(OC_VLAN, "vlans"));

    private final StructuralDiff diff = new StructuralDiff(HINTS);

    record Iface(String name, boolean enabled, String description, Map<Integer, String> subinterfaces, List<Integer> trunkVlans) {}

    record Config(Map<String, Iface> interfaces, Map<Integer, String> vlans) {}

    @Test
    void theDiffIsTheSameWhateverTheOrderOfKeyedListsAndLeafLists() {
        for (int round = 0; round < ROUNDS; round++) {
            long seed = SEED + round;
            Random random = new Random(seed);
            Config before = randomConfig(random);
            Config after = mutate(before, random);
            String replay = "seed " + seed + " (replay with -Dswitchover.seed=" + seed + ")";

            ConfigDiff ordered = diff.compare(parse(xml(before, null)), parse(xml(after, null)), OWNED);
            ConfigDiff shuffled = diff.compare(parse(xml(before, random)), parse(xml(after, random)), OWNED);

            assertThat(shuffled.changes()).as(replay + "\n" + xml(before, null) + "\n" + xml(after, null))
                    .containsExactlyInAnyOrderElementsOf(ordered.changes());
            assertThat(diff.compare(parse(xml(before, null)), parse(xml(before, random)), OWNED).changes()).as(replay).isEmpty();
            assertThat(ordered.changes()).as(replay).allSatisfy(c -> assertThat(c.path()).doesNotContain("interface[1]", "vlan[1]"));
            assertThat(ordered.isEmpty()).as(replay).isEqualTo(before.equals(after));
        }
    }

    private static Config randomConfig(Random random) {
        Map<String, Iface> interfaces = new TreeMap<>();
        int count = 1 + random.nextInt(12);
        while (interfaces.size() < count) {
            String name = "eth" + (1 + random.nextInt(48));
            Map<Integer, String> subs = new TreeMap<>();
            for (int i = random.nextInt(4); i > 0; i--) subs.put(random.nextInt(100), "sub" + random.nextInt(10));
            List<Integer> trunks = new ArrayList<>(new TreeSet<>(randomVlans(random)));
            interfaces.put(name, new Iface(name, random.nextBoolean(), "d" + random.nextInt(5), subs, trunks));
        }
        Map<Integer, String> vlans = new TreeMap<>();
        for (int v : randomVlans(random)) vlans.put(v, "vlan" + random.nextInt(5));
        return new Config(interfaces, vlans);
    }

    private static List<Integer> randomVlans(Random random) {
        List<Integer> out = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) out.add(10 * (1 + random.nextInt(30)));
        return out;
    }

    /** A copy with a few random edits: leaves changed, entries and leaf-list values added or removed. */
    private static Config mutate(Config c, Random random) {
        Map<String, Iface> interfaces = new TreeMap<>(c.interfaces());
        Map<Integer, String> vlans = new TreeMap<>(c.vlans());
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            List<String> names = new ArrayList<>(interfaces.keySet());
            Iface i = names.isEmpty() ? null : interfaces.get(names.get(random.nextInt(names.size())));
            switch (random.nextInt(7)) {
                case 0 -> { if (i != null) interfaces.put(i.name(), new Iface(i.name(), !i.enabled(), i.description(), i.subinterfaces(), i.trunkVlans())); }
                case 1 -> { if (i != null) interfaces.put(i.name(), new Iface(i.name(), i.enabled(), i.description() + "x", i.subinterfaces(), i.trunkVlans())); }
                case 2 -> { if (i != null) interfaces.remove(i.name()); }
                case 3 -> interfaces.putIfAbsent("eth" + (49 + random.nextInt(8)),
                        new Iface("eth" + (49 + random.nextInt(8)), true, "new", Map.of(), List.of()));
                case 4 -> {
                    if (i == null) break;
                    Map<Integer, String> subs = new TreeMap<>(i.subinterfaces());
                    if (!subs.isEmpty() && random.nextBoolean()) subs.remove(subs.keySet().iterator().next());
                    else subs.put(100 + random.nextInt(10), "added");
                    interfaces.put(i.name(), new Iface(i.name(), i.enabled(), i.description(), subs, i.trunkVlans()));
                }
                case 5 -> {
                    if (i == null) break;
                    TreeSet<Integer> trunks = new TreeSet<>(i.trunkVlans());
                    if (!trunks.isEmpty() && random.nextBoolean()) trunks.remove(trunks.first());
                    else trunks.add(500 + random.nextInt(10));
                    interfaces.put(i.name(), new Iface(i.name(), i.enabled(), i.description(), i.subinterfaces(), new ArrayList<>(trunks)));
                }
                default -> vlans.put(900 + random.nextInt(3), "edited" + random.nextInt(2));
            }
        }
        // a new interface's key leaf follows its map key
        Map<String, Iface> fixed = new TreeMap<>();
        interfaces.forEach((k, v) -> fixed.put(k, new Iface(k, v.enabled(), v.description(), v.subinterfaces(), v.trunkVlans())));
        return new Config(fixed, vlans);
    }

    /** The configuration as XML; with {@code shuffle}, every keyed list and leaf-list in a random order. */
    private static String xml(Config c, Random shuffle) {
        StringBuilder x = new StringBuilder("<config xmlns='urn:ietf:params:xml:ns:netconf:base:1.0'><interfaces xmlns='" + OC + "'>");
        for (Iface i : order(new ArrayList<>(c.interfaces().values()), shuffle)) {
            x.append("<interface><name>").append(i.name()).append("</name><config><name>").append(i.name())
                    .append("</name><enabled>").append(i.enabled()).append("</enabled><description>").append(i.description())
                    .append("</description></config>");
            if (!i.subinterfaces().isEmpty()) {
                x.append("<subinterfaces>");
                for (var s : order(new ArrayList<>(i.subinterfaces().entrySet()), shuffle)) {
                    x.append("<subinterface><index>").append(s.getKey()).append("</index><config><index>").append(s.getKey())
                            .append("</index><description>").append(s.getValue()).append("</description></config></subinterface>");
                }
                x.append("</subinterfaces>");
            }
            if (!i.trunkVlans().isEmpty()) {
                x.append("<ethernet xmlns='http://openconfig.net/yang/interfaces/ethernet'><switched-vlan xmlns='").append(OC_VLAN)
                        .append("'><config>");
                for (int v : order(new ArrayList<>(i.trunkVlans()), shuffle)) x.append("<trunk-vlans>").append(v).append("</trunk-vlans>");
                x.append("</config></switched-vlan></ethernet>");
            }
            x.append("</interface>");
        }
        x.append("</interfaces><vlans xmlns='").append(OC_VLAN).append("'>");
        for (var v : order(new ArrayList<>(c.vlans().entrySet()), shuffle)) {
            x.append("<vlan><vlan-id>").append(v.getKey()).append("</vlan-id><config><vlan-id>").append(v.getKey())
                    .append("</vlan-id><name>").append(v.getValue()).append("</name></config></vlan>");
        }
        return x.append("</vlans></config>").toString();
    }

    private static <T> List<T> order(List<T> items, Random shuffle) {
        if (shuffle != null) Collections.shuffle(items, shuffle);
        return items;
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
