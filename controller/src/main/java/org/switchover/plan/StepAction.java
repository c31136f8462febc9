package org.switchover.plan;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.net.HostAndPort;
import java.util.Set;
import org.switchover.verify.CheckScope;

/** The closed set of things a replacement does, each on named devices. */
public sealed interface StepAction {

    /** The replaced device this action belongs to. */
    String device();

    /** One line for people. */
    String describe();

    /** Reachable, host key, capabilities, hardware model and ports, serial recorded. */
    record PreCheck(String device, HostAndPort address) implements StepAction {
        public String describe() {
            return "pre-check the new switch at " + address + " (reachable, host key, capabilities, model, serial)";
        }
    }

    /** The golden config with the data ports admin-down, under confirmed commit with persist. */
    record StagedPush(String device, Set<String> portsStagedDown) implements StepAction {
        public StagedPush {
            portsStagedDown = ImmutableSortedSet.copyOf(PortOrder.NATURAL, portsStagedDown);
        }

        public String describe() {
            return "push the staged golden config to " + device + " under confirmed commit ("
                    + portsStagedDown.size() + " data ports admin-down)";
        }
    }

    /** Running config of the new switch equals the staged golden config. */
    record ComplianceCheck(String device) implements StepAction {
        public String describe() {
            return "compliance diff of " + device + " against the staged config must be empty";
        }
    }

    /** Makes the staged push permanent. */
    record ConfirmPush(String device) implements StepAction {
        public String describe() {
            return "confirm the staged config on " + device;
        }
    }

    /** Enables the wave's ports under confirmed commit with persist on every device it touches. */
    record Flip(String device, FlipWave wave) implements StepAction {
        public String describe() {
            return "wave " + wave.number() + " " + wave.services() + ": enable " + wave.describePorts()
                    + " under confirmed commit";
        }
    }

    /** Links up, LLDP as cabled, VLANs, service reachability, within {@code scope}. */
    record VerifyWave(String device, FlipWave wave, CheckScope scope) implements StepAction {
        public String describe() {
            return "wave " + wave.number() + ": verify " + wave.links().size() + " links up and cabled as planned, VLANs, reachability of "
                    + scope.services();
        }
    }

    /** Confirms the wave's commits on every device it touched. */
    record ConfirmWave(String device, FlipWave wave) implements StepAction {
        public String describe() {
            return "wave " + wave.number() + ": confirm on " + String.join(", ", wave.devices());
        }
    }

    /** Cancels the wave's commits on every device it touched; each returns to its state before the wave. */
    record CancelWave(String device, FlipWave wave) implements StepAction {
        public String describe() {
            return "wave " + wave.number() + ": cancel-commit on " + String.join(", ", wave.devices()) + " and stop";
        }
    }

    /** The new management address and serial, recorded in the journal and offered as a site change. */
    record RecordReplacement(String device, HostAndPort address) implements StepAction {
        public String describe() {
            return "record " + device + " at " + address + " with its serial";
        }
    }
}
