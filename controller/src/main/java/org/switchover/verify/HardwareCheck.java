package org.switchover.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchover.driver.DeviceFacts;
import org.switchover.inventory.Device;
import org.switchover.inventory.HardwareModel;

/**
 * Does the hardware that answers have the model and ports the inventory gives its role? A device
 * that reports no model (many publish no hardware inventory) is judged by its port list alone,
 * with a warning; a reported model that differs is an error unless the operator accepted it.
 */
public final class HardwareCheck {

    private HardwareCheck() {}

    public static List<Finding> check(Device intent, Optional<HardwareModel> model, DeviceFacts facts, String where) {
        return check(intent, model, facts, where, false);
    }

    /**
     * @param where how to name the hardware in messages, e.g. "the new switch at 127.0.0.1:2201"
     * @param acceptModel the operator's {@code --accept-model}: a differing model is a warning, not an error
     */
    public static List<Finding> check(Device intent, Optional<HardwareModel> model, DeviceFacts facts, String where,
            boolean acceptModel) {
        List<Finding> findings = new ArrayList<>();
        List<String> missing = intent.ports().keySet().stream().filter(p -> !facts.ports().contains(p)).toList();
        String wanted = intent.model() + model.map(m -> " (" + m.ports().size() + " ports)").orElse("");
        String got = "'" + facts.model() + "' (" + facts.ports().size() + " ports)";
        if (facts.model().isBlank()) {
            findings.add(facts.ports().isEmpty()
                    ? Finding.error(Finding.Kind.MODEL_MISMATCH, intent.name(), StatePaths.MODEL, intent.model(), "",
                            where + " reports neither a hardware model nor any port;"
                            + " nothing shows it can take " + intent.name() + "'s role as a " + wanted)
                    : Finding.warning(Finding.Kind.MODEL_MISMATCH, intent.name(), StatePaths.MODEL, intent.model(), "",
                            where + " reports no hardware model; its "
                            + facts.ports().size() + " ports were compared with the " + intent.ports().size() + " ports "
                            + intent.name() + " configures instead"));
        } else if (!facts.model().equals(intent.model())) {
            findings.add(acceptModel
                    ? Finding.warning(Finding.Kind.MODEL_MISMATCH, intent.name(), StatePaths.MODEL, intent.model(), facts.model(),
                            where + " reports model " + got + ", not " + wanted + "; accepted by --accept-model (its ports are still checked)")
                    : Finding.error(Finding.Kind.MODEL_MISMATCH, intent.name(), StatePaths.MODEL, intent.model(), facts.model(),
                            where + " reports model " + got + " but " + intent.name() + " is a " + wanted
                                    + " in the site file; rack a " + intent.model() + ", change " + intent.name()
                                    + "'s model in the site file if this model is meant to take the role, or pass --accept-model"));
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
