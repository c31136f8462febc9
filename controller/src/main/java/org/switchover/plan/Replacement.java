package org.switchover.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.net.HostAndPort;

/** One failed switch and the management address of the hardware racked in its place. */
public record Replacement(String oldDevice, HostAndPort newAddress) {

    public Replacement {
        checkArgument(oldDevice != null && !oldDevice.isBlank(), "replacement needs the name of the failed device");
        checkArgument(newAddress != null && newAddress.hasPort(), "replacement for %s needs HOST:PORT", oldDevice);
    }

    /** Parses {@code OLD=HOST:PORT}, as given to {@code --replace}. */
    public static Replacement parse(String spec) {
        int eq = spec.indexOf('=');
        checkArgument(eq > 0 && eq < spec.length() - 1,
                "--replace '%s': expected OLD=HOST:PORT, e.g. core-1=10.0.0.21:830", spec);
        String address = spec.substring(eq + 1).trim();
        HostAndPort hp;
        try {
            hp = HostAndPort.fromString(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--replace '" + spec + "': '" + address + "' is not HOST:PORT", e);
        }
        checkArgument(hp.hasPort(), "--replace '%s': the new switch's address needs a port, e.g. %s:830", spec, address);
        return new Replacement(spec.substring(0, eq).trim(), hp);
    }

    @Override
    public String toString() {
        return oldDevice + "=" + newAddress;
    }
}
