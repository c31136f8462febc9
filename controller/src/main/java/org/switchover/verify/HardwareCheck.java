package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.driver.DeviceFacts;
import org.switchover.inventory.Device;
import org.switchover.inventory.HardwareModel;

/** Does the hardware that answers have the model and ports the inventory gives its role? */
public final class HardwareCheck {

    private HardwareCheck() {}

    /**
     * @param where how to name the hardware in messages, e.g. "the new switch at 127.0.0.1:2201"
     */
    public static List<Finding> check(Device intent, Optional<HardwareModel> model, DeviceFacts facts, String where) {
        List<Finding> findings = new ArrayList<>();
        List<String> missing = intent.ports().keySet().stream().filter(p -> !facts.ports().contains(p)).toList();
        String wanted = intent.model() + model.map(m -> " (" + m.ports().size() + " ports)").orElse("");
        String got = "'" + facts.model() + "' (" + facts.ports().size() + " ports)";
        if (!facts.model().equals(intent.model())) {
            findings.add(Finding.error(Finding.Kind.MODEL_MISMATCH, intent.name(), StatePaths.MODEL, intent.model(), facts.model(),
                    where + " reports model " + got + " but " + intent.name() + " is a " + wanted
                            + " in the site file; rack a " + intent.model() + ", or change " + intent.name()
                            + "'s model in the site file if this model is meant to take the role"));
        }
        if (!facts.ports().isEmpty() && !missing.isEmpty()) {
            findings.add(Finding.error(Finding.Kind.PORT_MISSING, intent.name(), StatePaths.PORTS,
                    String.valueOf(intent.ports().size()), PortRanges.summarize(missing) + " missing",
                    where + " has no port " + PortRanges.summarize(missing) + " (" + missing.size() + " of the "
                            + intent.ports().size() + " ports " + intent.name() + " configures); it cannot take "
                            + intent.name() + "'s role"));
        }
        return List.copyOf(findings);
    }
}
