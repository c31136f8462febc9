package org.switchover.audit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How to run one audit: which devices (empty means all, in site order), how many at once, how
 * long one device may take, and a stop request checked before each device starts.
 */
public record AuditOptions(List<String> devices, int parallel, Duration deviceTimeout, BooleanSupplier stopRequested) {

    /** Audits wait on the network, not the CPU, so many run at once even on two cores. */
    public static final int DEFAULT_PARALLEL = 16;
    public static final Duration DEFAULT_DEVICE_TIMEOUT = Duration.ofSeconds(30);

    public AuditOptions {
        devices = ImmutableList.copyOf(devices);
        checkArgument(parallel >= 1 && parallel <= 512, "--parallel %s is outside 1..512", parallel);
        checkArgument(!deviceTimeout.isNegative() && !deviceTimeout.isZero(), "device timeout must be positive");
    }

    public static AuditOptions defaults() {
        return new AuditOptions(List.of(), DEFAULT_PARALLEL, DEFAULT_DEVICE_TIMEOUT, () -> false);
    }

    public AuditOptions withDevices(List<String> names) {
        return new AuditOptions(names, parallel, deviceTimeout, stopRequested);
    }

    public AuditOptions withParallel(int n) {
        return new AuditOptions(devices, n, deviceTimeout, stopRequested);
    }

    public AuditOptions withDeviceTimeout(Duration timeout) {
        return new AuditOptions(devices, parallel, timeout, stopRequested);
    }

    public AuditOptions withStop(BooleanSupplier stop) {
        return new AuditOptions(devices, parallel, deviceTimeout, stop);
    }
}
