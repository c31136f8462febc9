package org.switchover.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.switchover.status.StatusView.NextWave;
import org.switchover.status.StatusView.ServiceLine;
import org.switchover.status.StatusView.TimelineLine;

/**
 * {@code /status.json}: the page's data for other tools (a helpdesk screen, a chat bot). Fields are
 * written one by one, so nothing reaches it that the page does not mean to show. Times are ISO-8601
 * UTC; estimates sit in fields whose names say so.
 */
public final class StatusJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusJson() {}

    public static String render(StatusView v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", v.asOf().toString());
        root.put("site", v.siteName());
        ObjectNode run = root.putObject("run");
        v.runId().ifPresentOrElse(id -> run.put("id", id), () -> run.putNull("id"));
        run.put("state", v.runWords());
        run.put("live", v.live());
        ArrayNode switches = root.putArray("switches");
        v.replacing().forEach(d -> switches.addObject().put("device", d.device()).put("condition", d.condition().words()));
        ArrayNode current = root.putArray("current");
        v.current().forEach(current::add);
        ArrayNode services = root.putArray("services");
        for (ServiceLine s : v.services()) {
            ObjectNode n = services.addObject();
            n.put("name", s.name());
            n.put("description", s.description());
            if (s.priority() > 0) n.put("priority", s.priority()); else n.putNull("priority");
            n.put("state", s.state().id());
            n.put("stateWords", s.state().words());
            time(n, "downSince", s.downSince());
            time(n, "restoredAt", s.restoredAt());
            s.outage(v.asOf()).ifPresentOrElse(d -> n.put("outageSeconds", d.toMillis() / 1000.0), () -> n.putNull("outageSeconds"));
            time(n, "estimatedBack", s.estimate());
        }
        ArrayNode next = root.putArray("nextWaves");
        for (NextWave w : v.next()) {
            ObjectNode n = next.addObject().put("wave", w.wave()).put("priority", w.priority());
            time(n, "estimatedDone", w.estimate());
        }
        time(root, "estimatedEnd", v.estimatedEnd());
        root.put("estimates", "estimated* fields are estimates from the plan and the step times measured so far; "
                + "a service is restored only when the run has checked it");
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineLine t : v.timeline()) {
            timeline.addObject().put("at", t.at().toString()).put("what", t.what()).put("device", t.device())
                    .put("service", t.service()).put("details", t.details());
        }
        return root.toPrettyString();
    }

    private static void time(ObjectNode n, String field, Optional<Instant> at) {
        at.ifPresentOrElse(t -> n.put(field, t.toString()), () -> n.putNull(field));
    }
}
