package org.switchover.platform.junos;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;
import org.switchover.driver.ConfigPayload;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedSubtrees;

/** The merge payload that sets ports' admin state: Junos disables a port with the empty leaf {@code disable}. */
final class JunosPorts {

    private JunosPorts() {}

    static ConfigPayload enabled(String device, Set<String> ports, boolean enabled) {
        checkArgument(!ports.isEmpty(), "no ports given for %s", device);
        StringBuilder xml = new StringBuilder("<configuration xmlns=\"" + JunosPlatform.ROOT + "\"><interfaces xmlns=\""
                + JunosPlatform.INTERFACES + "\">");
        for (String port : ImmutableSortedSet.copyOf(ports)) {
            xml.append("<interface><name>").append(DeviceXml.escape(port)).append("</name>")
                    .append(enabled ? "<disable xmlns:nc=\"" + OwnedSubtrees.NETCONF + "\" nc:operation=\"remove\"/>" : "<disable/>")
                    .append("</interface>");
        }
        xml.append("</interfaces></configuration>");
        return new ConfigPayload(device, xml.toString(), List.of(JunosConfig.CONFIGURATION));
    }
}
