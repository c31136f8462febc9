package org.switchover.lab;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchover.lab.state.FarEnd;
import org.switchover.lab.state.PortStatus;

/**
 * The lab's cabling and port failures. A port is oper-up only when it is admin-enabled, not
 * failed, cabled, and the far port is admin-enabled, not failed, on a powered switch.
 */
public final class Topology {

    /** One end of a cable: {@code switch:port}. */
    public record Endpoint(String device, String port) {
        public Endpoint {
            checkArgument(!device.isBlank() && !port.isBlank(), "an endpoint needs a switch and a port");
        }

        /** Parses {@code switch:port}; the port may itself contain colons or slashes. */
        public static Endpoint parse(String text) {
            int colon = text.indexOf(':');
            checkArgument(colon > 0 && colon < text.length() - 1, "'%s' is not switch:port", text);
            return new Endpoint(text.substring(0, colon), text.substring(colon + 1));
        }

        @Override
        public String toString() {
            return device + ":" + port;
        }
    }

    /** A cable between two endpoints. */
    public record Cable(Endpoint a, Endpoint b) {}

    /** What racking a spare did: the ports of the spare whose cable it now holds, and the cables left hanging loose. */
    public record Racking(List<Endpoint> moved, List<Endpoint> loose) {
        public Racking {
            moved = List.copyOf(moved);
            loose = List.copyOf(loose);
        }
    }

    private final Map<String, SimulatedSwitch> switches;
    private final Map<Endpoint, Endpoint> cables = new HashMap<>();
    private final Set<Endpoint> failed = new HashSet<>();

    Topology(Map<String, SimulatedSwitch> switches) {
        this.switches = switches;
    }

    public synchronized void connect(Endpoint a, Endpoint b) {
        checkPort(a);
        checkPort(b);
        checkArgument(!a.equals(b), "cannot cable %s to itself", a);
        checkArgument(!cables.containsKey(a), "%s is already cabled to %s; unplug it first", a, cables.get(a));
        checkArgument(!cables.containsKey(b), "%s is already cabled to %s; unplug it first", b, cables.get(b));
        cables.put(a, b);
        cables.put(b, a);
    }

    /** Unplugs the cable at {@code end}; returns the end it was cabled to. */
    public synchronized Endpoint unplug(Endpoint end) {
        checkPort(end);
        Endpoint far = cables.remove(end);
        checkArgument(far != null, "%s has no cable", end);
        cables.remove(far);
        return far;
    }

    /** Moves the cable plugged at {@code from} to {@code to}, keeping its far end: the mis-cabling fault. */
    public synchronized void move(Endpoint from, Endpoint to) {
        Endpoint far = unplug(from);
        try {
            connect(far, to);
        } catch (IllegalArgumentException e) {
            connect(far, from);
            throw e;
        }
    }

    /**
     * Racks {@code spare} in {@code old}'s place, as an engineer does: every cable of {@code old}
     * moves to the same port of {@code spare}. A port the spare lacks (another model) leaves its
     * cable hanging loose, unplugged from {@code old}. Refused, with nothing moved, when either
     * switch is unknown or a port of the spare that would take a cable already has one.
     */
    public synchronized Racking rack(String spare, String old) {
        checkArgument(switches.containsKey(spare), "no switch '%s' in the lab", spare);
        checkArgument(switches.containsKey(old), "no switch '%s' in the lab", old);
        checkArgument(!spare.equals(old), "cannot rack %s in its own place", spare);
        List<Endpoint> ends = cables.keySet().stream().filter(e -> e.device().equals(old))
                .sorted(java.util.Comparator.comparing(Endpoint::port)).toList();
        SimulatedSwitch target = switches.get(spare);
        for (Endpoint end : ends) {
            Endpoint to = new Endpoint(spare, end.port());
            checkArgument(!target.model().hasPort(end.port()) || !cables.containsKey(to),
                    "%s is already cabled to %s; unplug it before racking %s as %s", to, cables.get(to), spare, old);
        }
        List<Endpoint> moved = new java.util.ArrayList<>();
        List<Endpoint> loose = new java.util.ArrayList<>();
        for (Endpoint end : ends) {
            Endpoint far = unplug(end);
            if (target.model().hasPort(end.port())) {
                Endpoint to = new Endpoint(spare, end.port());
                connect(far, to);
                moved.add(to);
            } else {
                loose.add(far);
            }
        }
        return new Racking(moved, loose);
    }

    public synchronized void fail(Endpoint port, boolean isFailed) {
        checkPort(port);
        if (isFailed) failed.add(port); else failed.remove(port);
    }

    public synchronized Optional<Endpoint> cabledTo(Endpoint end) {
        return Optional.ofNullable(cables.get(end));
    }

    public synchronized List<Cable> cables() {
        return cables.entrySet().stream()
                .filter(e -> e.getKey().toString().compareTo(e.getValue().toString()) < 0)
                .map(e -> new Cable(e.getKey(), e.getValue())).toList();
    }

    /** The derived state of {@code port} on {@code sw}. */
    public PortStatus status(SimulatedSwitch sw, String port) {
        Endpoint here = new Endpoint(sw.name(), port);
        Endpoint there;
        boolean failedHere;
        boolean failedThere;
        synchronized (this) {
            there = cables.get(here);
            failedHere = failed.contains(here);
            failedThere = there != null && failed.contains(there);
        }
        boolean admin = sw.adminEnabled(port);
        Optional<FarEnd> far = Optional.ofNullable(there).map(t -> switches.get(t.device())).map(farSwitch -> {
            boolean usable = farSwitch.powered() && !failedThere && farSwitch.adminEnabled(there.port());
            return new FarEnd(farSwitch.hostname(), there.port(), farSwitch.identity().chassisMac(), usable);
        });
        return PortStatus.derive(admin && sw.powered(), failedHere, far);
    }

    private void checkPort(Endpoint e) {
        SimulatedSwitch sw = switches.get(e.device());
        checkArgument(sw != null, "no switch '%s' in the lab", e.device());
        checkArgument(sw.model().hasPort(e.port()), "switch %s (model %s) has no port '%s'", e.device(), sw.model().name(), e.port());
    }
}
