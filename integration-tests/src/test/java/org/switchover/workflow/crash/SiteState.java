package org.switchover.workflow.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.switchover.lab.Lab;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.lab.config.XmlWriter;
import org.switchover.netconf.Datastore;

/**
 * What every switch of a lab runs, exactly, as text, and what it would boot with (its startup
 * datastore, where it has one): compared whole, so that a half-applied or unsaved change shows.
 */
record SiteState(Map<String, String> running) {

    static SiteState of(Lab lab) {
        Map<String, String> running = new TreeMap<>();
        for (SimulatedSwitch s : lab.switches()) {
            running.put(s.name(), XmlWriter.write(s.store().running()));
            if (s.store().features().startup()) running.put(s.name() + " startup", XmlWriter.write(s.store().get(Datastore.STARTUP)));
        }
        return new SiteState(Map.copyOf(running));
    }

    /** The switches whose running config differs from {@code other}'s. */
    List<String> differingFrom(SiteState other) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(running).forEach((name, text) -> {
            if (!text.equals(other.running.get(name))) out.add(name);
        });
        return out;
    }

    /** Switches that hold a confirmed commit nobody confirmed or cancelled yet, or a lock. */
    static List<String> heldOn(Lab lab) {
        List<String> out = new ArrayList<>();
        for (SimulatedSwitch s : lab.switches()) {
            if (s.store().confirmedCommitPending()) out.add(s.name() + " (confirmed commit pending)");
            if (!s.store().lockHolderSessions().isEmpty()) out.add(s.name() + " (locked by session " + s.store().lockHolderSessions() + ")");
        }
        return out;
    }
}
