package org.switchover.lab.config;

import java.util.List;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.netconf.RpcError;

/**
 * The validation a switch applies before a configuration may become running: the types and
 * ranges of the leaves it supports, mandatory leaves as the YANG models have them, and ports
 * that exist on its hardware. Leaves it does not know are accepted as they are.
 */
public interface ConfigRules {

    /** Every error in {@code config} (the children of a datastore root); empty when valid. */
    List<RpcError> check(XmlNode config);

    static ConfigRules of(SwitchPlatform platform, SwitchModel model) {
        return switch (platform) {
            case OPENCONFIG -> new OpenconfigRules(model, false);
            case EOS -> new OpenconfigRules(model, true);
            case IETF -> new IetfRules(model);
            case IOSXE -> new IosxeRules(model);
            case JUNOS -> new JunosRules(model);
        };
    }
}
