package org.switchover.platform.iosxe;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IOS-XE interface name split as Cisco-IOS-XE-native keys it: the type (the list,
 * {@code GigabitEthernet}) and the number (its {@code name} key, {@code 1/0/1}). Site files name
 * ports whole ({@code GigabitEthernet1/0/1}); {@link #parse} and {@link #full} map between the two.
 */
public record InterfaceName(String type, String number) {

    private static final Pattern FULL = Pattern.compile("([A-Za-z][A-Za-z-]*?)([0-9][0-9/.:]*)");

    /** The short forms IOS-XE uses in LLDP port ids and show output, by full type. */
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("Gi", "GigabitEthernet"), Map.entry("Te", "TenGigabitEthernet"), Map.entry("Tw", "TwoGigabitEthernet"),
            Map.entry("Fi", "FiveGigabitEthernet"), Map.entry("Twe", "TwentyFiveGigE"), Map.entry("Fo", "FortyGigabitEthernet"),
            Map.entry("Hu", "HundredGigE"), Map.entry("Fa", "FastEthernet"), Map.entry("Po", "Port-channel"),
            Map.entry("Vl", "Vlan"), Map.entry("Lo", "Loopback"), Map.entry("Ap", "AppGigabitEthernet"));

    public InterfaceName {
        checkArgument(type.matches("[A-Za-z][A-Za-z-]*"), "'%s' is not an IOS-XE interface type", type);
        checkArgument(number.matches("[0-9][0-9/.:]*"), "'%s' is not an IOS-XE interface number", number);
    }

    /**
     * {@code GigabitEthernet1/0/1} as (GigabitEthernet, 1/0/1).
     *
     * @throws IllegalArgumentException when the name is not letters followed by a number
     */
    public static InterfaceName parse(String name) {
        Matcher m = FULL.matcher(name);
        checkArgument(m.matches(), "'%s' is not an IOS-XE interface name such as GigabitEthernet1/0/1", name);
        return new InterfaceName(m.group(1), m.group(2));
    }

    /**
     * The full name of an interface as a device may report it in LLDP or state: short forms
     * ({@code Gi1/0/1}, {@code Twe1/0/3}) are expanded; any other name is returned as it is.
     */
    public static String expand(String name) {
        Matcher m = FULL.matcher(name);
        if (!m.matches()) return name;
        String full = SHORT.get(m.group(1));
        return full == null ? name : full + m.group(2);
    }

    /** The name as a site file writes it: type and number together. */
    public String full() {
        return type + number;
    }

    @Override
    public String toString() {
        return full();
    }
}
