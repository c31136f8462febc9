package org.switchover.netconf;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An {@code <edit-config>} request. {@code config} is the XML of the {@code <config>} element
 * (or its children); the optional fields are left out of the request when empty.
 */
public record EditConfig(
        Datastore target,
        String config,
        Optional<DefaultOperation> defaultOperation,
        Optional<ErrorOption> errorOption,
        Optional<TestOption> testOption) {

    public enum DefaultOperation { MERGE, REPLACE, NONE }

    public enum ErrorOption { STOP_ON_ERROR, CONTINUE_ON_ERROR, ROLLBACK_ON_ERROR }

    public enum TestOption { TEST_THEN_SET, SET, TEST_ONLY }

    public EditConfig {
        requireNonNull(target, "target");
        requireNonNull(config, "config");
        requireNonNull(defaultOperation, "defaultOperation");
        requireNonNull(errorOption, "errorOption");
        requireNonNull(testOption, "testOption");
    }

    /** A merge into {@code target} with the server's default options. */
    public static EditConfig of(Datastore target, String config) {
        return new EditConfig(target, config, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EditConfig withDefaultOperation(DefaultOperation op) {
        return new EditConfig(target, config, Optional.of(op), errorOption, testOption);
    }

    public EditConfig withErrorOption(ErrorOption option) {
        return new EditConfig(target, config, defaultOperation, Optional.of(option), testOption);
    }

    public EditConfig withTestOption(TestOption option) {
        return new EditConfig(target, config, defaultOperation, errorOption, Optional.of(option));
    }
}
