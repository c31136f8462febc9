package org.switchover.driver;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Identity and hardware of a device as it reports them. */
public record DeviceFacts(String hostname, String model, String serial, String osVersion, List<String> ports) {
    public DeviceFacts {
        ports = ImmutableList.copyOf(ports);
    }
}
