package org.switchover.lab.config;

import java.util.List;
import java.util.Map;
import org.switchover.netconf.RpcError;

/** Checks that a top-level configuration element belongs to a model the platform implements. */
final class TopLevel {
    private TopLevel() {}

    static boolean known(XmlNode top, Map<String, String> allowed, List<RpcError> errors) {
        String ns = allowed.get(top.name());
        if (ns != null && ns.equals(top.namespace())) return true;
        boolean nsKnown = allowed.containsValue(top.namespace());
        errors.add(RpcFailure.error("application", nsKnown ? "unknown-element" : "unknown-namespace", "/" + top.name(),
                "this switch does not implement " + top.name() + " in namespace '" + top.namespace() + "'",
                nsKnown ? Map.of("bad-element", top.name()) : Map.of("bad-element", top.name(), "bad-namespace", top.namespace())));
        return false;
    }
}
