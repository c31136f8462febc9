package org.switchover.lab.config;

import static java.util.Objects.requireNonNull;

import org.switchover.netconf.Datastore;

/** A parsed {@code <edit-config>}: target, payload and the three options as their RFC names. */
public record EditRequest(Datastore target, XmlNode config, String defaultOperation, String errorOption, String testOption) {
    public EditRequest {
        requireNonNull(target, "target");
        requireNonNull(config, "config");
        defaultOperation = defaultOperation == null ? "merge" : defaultOperation;
        errorOption = errorOption == null ? "stop-on-error" : errorOption;
        testOption = testOption == null ? "test-then-set" : testOption;
    }

    public static EditRequest merge(Datastore target, XmlNode config) {
        return new EditRequest(target, config, null, null, null);
    }
}
