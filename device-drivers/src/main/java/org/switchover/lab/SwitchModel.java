package org.switchover.lab;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** A hardware model of simulated switch: its name, vendor, OS version and ports in hardware order. */
public record SwitchModel(String name, String vendor, String osVersion, List<String> ports) {
    public SwitchModel {
        checkArgument(!name.isBlank(), "model name is empty");
        ports = ImmutableList.copyOf(ports);
        checkArgument(!ports.isEmpty(), "model %s has no ports", name);
        checkArgument(ports.stream().distinct().count() == ports.size(), "model %s names a port twice", name);
    }

    /** A model whose ports are {@code prefix1..prefixN}. */
    public static SwitchModel numbered(String name, String prefix, int count) {
        List<String> ports = new ArrayList<>();
        for (int i = 1; i <= count; i++) ports.add(prefix + i);
        return new SwitchModel(name, "switchover-lab", "lab-1.0", ports);
    }

    public SwitchModel withOsVersion(String version) {
        return new SwitchModel(name, vendor, version, ports);
    }

    public boolean hasPort(String port) {
        return ports.contains(port);
    }

    /** The 1-based hardware port number, as 802.1Q bridge port numbers count. */
    public int portNumber(String port) {
        int i = ports.indexOf(port);
        checkArgument(i >= 0, "model %s has no port %s", name, port);
        return i + 1;
    }
}
