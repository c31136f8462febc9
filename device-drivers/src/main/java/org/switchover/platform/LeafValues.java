package org.switchover.platform;

import java.util.function.Function;
import org.switchover.driver.MalformedDeviceDataException;

/** Typed reads of leaf text that fail with the device and the data path when the text is not what the model says. */
public record LeafValues(String device) {

    public int integer(YangData leaf) {
        return convert(leaf, Integer::parseInt, "not an integer");
    }

    public long longValue(YangData leaf) {
        return convert(leaf, Long::parseLong, "not an integer");
    }

    public boolean bool(YangData leaf) {
        return switch (leaf.text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw malformed(leaf, "'" + leaf.text() + "' is not a boolean");
        };
    }

    public int vlanId(YangData leaf) {
        int id = integer(leaf);
        if (id < 1 || id > 4094) throw malformed(leaf, "VLAN id " + id + " outside 1..4094");
        return id;
    }

    /** An identity or enumeration value without its module prefix ({@code oc-eth:SPEED_1GB} → {@code SPEED_1GB}). */
    public static String identity(String text) {
        int colon = text.lastIndexOf(':');
        return colon < 0 ? text : text.substring(colon + 1);
    }

    public MalformedDeviceDataException malformed(YangData node, String problem) {
        return new MalformedDeviceDataException(device, node.path(), problem);
    }

    private <T> T convert(YangData leaf, Function<String, T> parse, String problem) {
        try {
            return parse.apply(leaf.text());
        } catch (NumberFormatException e) {
            throw malformed(leaf, "'" + leaf.text() + "' is " + problem);
        }
    }
}
