package org.switchover.lab.config;

/**
 * The optional NETCONF capabilities of one switch; each can be switched off to exercise the
 * fallbacks a controller needs for devices that lack it. {@code moduleCapabilities} off hides the
 * platform's YANG modules from the hello and the yang-library. {@code portNumbers} off publishes
 * neither bridge port numbers (bridge-port port-number, if-index) nor a hardware inventory, as some
 * third-party servers do; the switch still numbers its bridge ports by hardware position.
 */
public record SwitchFeatures(
        boolean candidate,
        boolean confirmedCommit,
        boolean validate,
        boolean rollbackOnError,
        boolean writableRunning,
        boolean startup,
        boolean base11,
        boolean moduleCapabilities,
        boolean portNumbers) {

    public static SwitchFeatures all() {
        return new SwitchFeatures(true, true, true, true, true, true, true, true, true);
    }

    /**
     * An IOS-XE switch as Cisco documents its NETCONF server: running is writable, with
     * rollback-on-error and validate, and no startup datastore (IOS-XE saves with its own RPC);
     * with {@code candidateDatastore} (the device's {@code netconf-yang feature candidate-datastore})
     * it has the candidate with confirmed commit instead, and running is no longer writable.
     */
    public static SwitchFeatures iosxe(boolean candidateDatastore) {
        return new SwitchFeatures(candidateDatastore, candidateDatastore, true, true, !candidateDatastore, false, true, true, true);
    }

    /** Features named as in the capability URIs: candidate, confirmed-commit, validate, rollback-on-error, writable-running, startup, base-1.1, modules, port-numbers. */
    public SwitchFeatures without(String feature) {
        return switch (feature) {
            case "candidate" -> new SwitchFeatures(false, false, validate, rollbackOnError, writableRunning, startup, base11, moduleCapabilities, portNumbers);
            case "confirmed-commit" -> new SwitchFeatures(candidate, false, validate, rollbackOnError, writableRunning, startup, base11, moduleCapabilities, portNumbers);
            case "validate" -> new SwitchFeatures(candidate, confirmedCommit, false, rollbackOnError, writableRunning, startup, base11, moduleCapabilities, portNumbers);
            case "rollback-on-error" -> new SwitchFeatures(candidate, confirmedCommit, validate, false, writableRunning, startup, base11, moduleCapabilities, portNumbers);
            case "writable-running" -> new SwitchFeatures(candidate, confirmedCommit, validate, rollbackOnError, false, startup, base11, moduleCapabilities, portNumbers);
            case "startup" -> new SwitchFeatures(candidate, confirmedCommit, validate, rollbackOnError, writableRunning, false, base11, moduleCapabilities, portNumbers);
            case "base-1.1" -> new SwitchFeatures(candidate, confirmedCommit, validate, rollbackOnError, writableRunning, startup, false, moduleCapabilities, portNumbers);
            case "modules" -> new SwitchFeatures(candidate, confirmedCommit, validate, rollbackOnError, writableRunning, startup, base11, false, portNumbers);
            case "port-numbers" -> new SwitchFeatures(candidate, confirmedCommit, validate, rollbackOnError, writableRunning, startup, base11, moduleCapabilities, false);
            default -> throw new IllegalArgumentException("unknown feature '" + feature
                    + "'; use candidate, confirmed-commit, validate, rollback-on-error, writable-running, startup, base-1.1, modules or port-numbers");
        };
    }
}
