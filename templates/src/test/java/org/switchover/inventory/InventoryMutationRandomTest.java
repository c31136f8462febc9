package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized: random edits of the example site files (deleted keys, wrong types, duplicate
 * names, bad references, bad port names) always give {@link InventoryError} values naming the file,
 * never an exception; edits that surely break the site are reported as errors. The seed (property
 * {@code switchover.seed}, default fixed) and the edited file are printed in every failure.
 */
class InventoryMutationRandomTest {

    private static final long SEED = Long.getLong("switchover.seed", 20261203L);
    private static final int ROUNDS = 250;
    private static final List<Path> SITES = List.of(Path.of("sites/city/site.yaml"), Path.of("sites/minimal/site.yaml"));
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void randomEditsGiveInventoryErrorsNeverExceptions() throws Exception {
        List<ObjectNode> originals = new ArrayList<>();
        for (Path p : SITES) originals.add((ObjectNode) YAML.readTree(Files.readString(p)));
        for (int round = 0; round < ROUNDS; round++) {
            long seed = SEED + round;
            Random random = new Random(seed);
            int which = random.nextInt(SITES.size());
            ObjectNode site = originals.get(which).deepCopy();
            List<String> edits = new ArrayList<>();
            boolean surelyBroken = false;
            // either edits that each surely break the site, or edits anywhere that may or may not
            boolean anywhere = random.nextInt(3) == 0;
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Edit e = anywhere ? anyNode(site, random) : breaking(site, random);
                edits.add(e.what());
                surelyBroken |= e.breaks();
            }
            String yaml = YAML.writeValueAsString(site);
            if (random.nextInt(10) == 0) {
                // a duplicate device name, which a YAML tree cannot hold: written into the text
                yaml = yaml.replaceFirst("\ndevices:\n", "\ndevices:\n  core-1:\n    role: core\n    model: core-32\n");
                edits.add("duplicate device core-1");
                surelyBroken = true;
            }
            String replay = "seed " + seed + " (replay with -Dswitchover.seed=" + seed + "), " + SITES.get(which) + ", edits " + edits;

            Validation<Seq<InventoryError>, Site> loaded;
            try {
                loaded = SiteLoader.defaults().parse(SITES.get(which).toAbsolutePath(), yaml);
            } catch (RuntimeException e) {
                throw new AssertionError(replay + ": threw instead of reporting errors", e);
            }

            if (surelyBroken) assertThat(loaded.isInvalid()).as(replay + "\n" + yaml).isTrue();
            if (loaded.isInvalid()) {
                assertThat(loaded.getError()).as(replay).isNotEmpty().allSatisfy(err -> {
                    assertThat(err.file()).isEqualTo(SITES.get(which).toAbsolutePath());
                    assertThat(err.message()).isNotBlank();
                    assertThat(err.line()).isNotNegative();
                });
            }
        }
    }

    /** One edit of the tree; {@code breaks} when the site cannot be valid after it. */
    record Edit(String what, boolean breaks) {}

    private static Edit breaking(ObjectNode site, Random random) {
        ObjectNode devices = (ObjectNode) site.get("devices");
        List<String> names = fieldNames(devices);
        String device = names.get(random.nextInt(names.size()));
        ObjectNode d = (ObjectNode) devices.get(device);
        ArrayNode links = (ArrayNode) site.get("links");
        ObjectNode link = (ObjectNode) links.get(random.nextInt(links.size()));
        return switch (random.nextInt(9)) {
            case 0 -> {
                d.remove("model");
                yield new Edit("devices." + device + " without model", true);
            }
            case 1 -> {
                d.put("role", "router-of-doom");
                yield new Edit("devices." + device + ".role unknown", true);
            }
            case 2 -> {
                d.put("ports", "eth1-24");
                yield new Edit("devices." + device + ".ports a string", true);
            }
            case 3 -> {
                link.put("a", "no-such-switch:eth1");
                yield new Edit("a link to an unknown device", true);
            }
            case 4 -> {
                String far = link.get("b").asText();
                link.put("b", far.substring(0, far.indexOf(':')) + ":eth" + (900 + random.nextInt(99)));
                yield new Edit("a link to a port the model lacks", true);
            }
            case 5 -> {
                link.put("a", link.get("a").asText().replace(":", "::"));
                yield new Edit("a link end that is not device:port", true);
            }
            case 6 -> {
                ObjectNode services = (ObjectNode) site.get("services");
                String s = fieldNames(services).get(0);
                ((ObjectNode) services.get(s)).put("priority", "first");
                yield new Edit("services." + s + ".priority not a number", true);
            }
            case 7 -> {
                ArrayNode vlans = (ArrayNode) site.get("vlans");
                ObjectNode copy = ((ObjectNode) vlans.get(0)).deepCopy();
                copy.put("name", "again");
                vlans.add(copy);
                yield new Edit("a duplicate VLAN id", true);
            }
            default -> {
                ArrayNode vlans = (ArrayNode) site.get("vlans");
                ((ObjectNode) vlans.get(random.nextInt(vlans.size()))).put("service", "no-such-service");
                yield new Edit("a VLAN of an unknown service", true);
            }
        };
    }

    /** Any node anywhere: deleted, or its value replaced by one of another type. The site may stay valid. */
    private static Edit anyNode(ObjectNode site, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(site, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextInt(5000) - 100);
            case 1 -> NODES.textNode(random.nextBoolean() ? "" : "x" + random.nextInt(9) + ":" + random.nextInt(9));
            case 2 -> NODES.arrayNode().add("eth" + random.nextInt(3));
            case 3 -> NODES.objectNode().put("k", random.nextBoolean());
            default -> null;
        };
        if (parent instanceof ObjectNode o && o.size() > 0) {
            String key = fieldNames(o).get(random.nextInt(o.size()));
            if (replacement == null) o.remove(key);
            else o.set(key, replacement);
            return new Edit((replacement == null ? "deleted " : "replaced ") + key, false);
        }
        if (parent instanceof ArrayNode a && a.size() > 0) {
            int i = random.nextInt(a.size());
            if (replacement == null) a.remove(i);
            else a.set(i, replacement);
            return new Edit((replacement == null ? "deleted item " : "replaced item ") + i, false);
        }
        return new Edit("nothing", false);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (!node.isContainerNode()) return;
        out.add(node);
        node.elements().forEachRemaining(child -> collect(child, out));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
