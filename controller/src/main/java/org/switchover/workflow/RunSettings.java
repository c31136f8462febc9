package org.switchover.workflow;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * How a replacement runs: the device-side confirm timeout (the safety net when this controller
 * dies), how long checks may take to pass after a change and how often they are retried, whether
 * unknown host keys of new hardware are trusted on first use, how many replacements run at once,
 * and whether a new switch whose reported model differs from the site's is accepted ({@code --accept-model}).
 */
public record RunSettings(Duration confirmTimeout, Duration checkTimeout, Duration checkInterval,
        boolean trustNewHostKeys, int parallel, boolean acceptModel) {

    public RunSettings {
        checkArgument(confirmTimeout.toSeconds() >= 1, "--confirm-timeout must be at least 1s, got %s", confirmTimeout);
        checkArgument(!checkTimeout.isNegative(), "check timeout must not be negative");
        checkArgument(!checkInterval.isNegative() && !checkInterval.isZero(), "check interval must be positive");
        checkArgument(parallel >= 1, "--parallel must be at least 1, got %s", parallel);
    }

    public static RunSettings defaults() {
        return new RunSettings(Duration.ofSeconds(120), Duration.ofSeconds(20), Duration.ofMillis(200), false, 1, false);
    }

    public RunSettings withConfirmTimeout(Duration d) {
        return new RunSettings(d, checkTimeout, checkInterval, trustNewHostKeys, parallel, acceptModel);
    }

    public RunSettings withCheckTimeout(Duration d) {
        return new RunSettings(confirmTimeout, d, checkInterval, trustNewHostKeys, parallel, acceptModel);
    }

    public RunSettings withTrustNewHostKeys(boolean trust) {
        return new RunSettings(confirmTimeout, checkTimeout, checkInterval, trust, parallel, acceptModel);
    }

    public RunSettings withAcceptModel(boolean accept) {
        return new RunSettings(confirmTimeout, checkTimeout, checkInterval, trustNewHostKeys, parallel, accept);
    }

    public RunSettings withParallel(int n) {
        return new RunSettings(confirmTimeout, checkTimeout, checkInterval, trustNewHostKeys, n, acceptModel);
    }
}
