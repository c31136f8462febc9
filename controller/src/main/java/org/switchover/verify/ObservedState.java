package org.switchover.verify;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every reachable device reported at one moment; a device missing here did not answer, and
 * {@code failures} says why where that is known (device to the error, such as a refused login).
 */
public record ObservedState(Map<String, DeviceObservation> devices, Map<String, String> failures) {

    public ObservedState {
        devices = ImmutableMap.copyOf(devices);
        failures = ImmutableMap.copyOf(failures);
    }

    public ObservedState(Map<String, DeviceObservation> devices) {
        this(devices, Map.of());
    }

    public static ObservedState of(Collection<DeviceObservation> observations) {
        return of(observations, Map.of());
    }

    public static ObservedState of(Collection<DeviceObservation> observations, Map<String, String> failures) {
        return new ObservedState(observations.stream()
                .collect(ImmutableMap.toImmutableMap(DeviceObservation::device, Function.identity())), failures);
    }

    /** Why {@code name} did not answer, when the attempt to read it said so. */
    public Optional<String> failure(String name) {
        return Optional.ofNullable(failures.get(name));
    }

    public Optional<DeviceObservation> device(String name) {
        return Optional.ofNullable(devices.get(name));
    }

    public boolean answered(String name) {
        return devices.containsKey(name);
    }
}
