package org.switchover.netconf;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/** The capability URIs a peer advertised in its hello. Parsing lives with the implementation. */
public record Capabilities(Set<String> uris) {

    public static final String BASE_10 = "urn:ietf:params:netconf:base:1.0";
    public static final String BASE_11 = "urn:ietf:params:netconf:base:1.1";
    public static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    public static final String CONFIRMED_COMMIT_11 = "urn:ietf:params:netconf:capability:confirmed-commit:1.1";
    public static final String CONFIRMED_COMMIT_10 = "urn:ietf:params:netconf:capability:confirmed-commit:1.0";
    public static final String VALIDATE_11 = "urn:ietf:params:netconf:capability:validate:1.1";
    public static final String VALIDATE_10 = "urn:ietf:params:netconf:capability:validate:1.0";
    public static final String ROLLBACK_ON_ERROR = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";
    public static final String WRITABLE_RUNNING = "urn:ietf:params:netconf:capability:writable-running:1.0";
    public static final String STARTUP = "urn:ietf:params:netconf:capability:startup:1.0";

    public Capabilities {
        uris = ImmutableSet.copyOf(uris);
    }
}
