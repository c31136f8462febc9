package org.switchover.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.switchover.driver.ConfigDiff;
import org.switchover.inventory.Device;
import org.switchover.verify.Finding;

/**
 * Everything one replacement will do: the golden intent, the staged intent (data ports
 * admin-down) pushed first, the flip waves, the ordered steps, the devices it touches, what blocks
 * it (for example the wrong hardware model), and the difference between the new switch's current
 * config and its golden config when known.
 */
public record ReplacementPlan(
        Replacement replacement,
        Device intent,
        Device staged,
        OptionalInt priority,
        List<FlipWave> waves,
        List<Step> steps,
        Set<String> touchedDevices,
        Set<String> absentDevices,
        List<Finding> blockers,
        Optional<ConfigDiff> currentVsGolden) {

    public ReplacementPlan {
        waves = ImmutableList.copyOf(waves);
        steps = ImmutableList.copyOf(steps);
        touchedDevices = ImmutableSet.copyOf(touchedDevices);
        absentDevices = ImmutableSet.copyOf(absentDevices);
        blockers = ImmutableList.copyOf(blockers);
    }

    public String device() {
        return replacement.oldDevice();
    }

    public boolean blocked() {
        return blockers.stream().anyMatch(Finding::isError);
    }

    /** True when the two replacements change no device in common, so they may run side by side. */
    public boolean independentOf(ReplacementPlan other) {
        return touchedDevices.stream().noneMatch(other.touchedDevices::contains);
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
