package org.switchover.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Step;

/** Where a device of the site stands in a replacement run, as pictures show it. */
public enum DeviceCondition {
    IN_SERVICE("in service"),
    FAILED("failed"),
    BEING_REPLACED("being replaced"),
    REPLACED("replaced");

    private final String words;

    DeviceCondition(String words) {
        this.words = words;
    }

    /** In plain words, as a legend or a helpdesk says it. */
    public String words() {
        return words;
    }

    /**
     * The condition of each device a run's journal speaks of: failed from its DEVICE_FAILED event,
     * being replaced once a step acted on it, replaced from its DEVICE_REPLACED event. Devices the
     * journal does not name are in service and absent from the map.
     */
    public static Map<String, DeviceCondition> from(List<Event> events, List<Step> steps) {
        Map<String, DeviceCondition> out = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.device().isEmpty()) continue;
            if (e.kind() == EventKind.DEVICE_FAILED) out.putIfAbsent(e.device().get(), FAILED);
            if (e.kind() == EventKind.DEVICE_REPLACED) out.put(e.device().get(), REPLACED);
        }
        for (Step s : steps) {
            if (out.get(s.device()) == FAILED) out.put(s.device(), BEING_REPLACED);
        }
        return out;
    }
}
