package org.switchover.verify;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What every reachable device reported at one moment; a device missing here did not answer. */
public record ObservedState(Map<String, DeviceObservation> devices) {

    public ObservedState {
        devices = ImmutableMap.copyOf(devices);
    }

    public static ObservedState of(Collection<DeviceObservation> observations) {
        return new ObservedState(observations.stream()
                .collect(ImmutableMap.toImmutableMap(DeviceObservation::device, Function.identity())));
    }

    public Optional<DeviceObservation> device(String name) {
        return Optional.ofNullable(devices.get(name));
    }

    public boolean answered(String name) {
        return devices.containsKey(name);
    }
}
