package org.switchover.journal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run asked for devices other unfinished runs hold: it must not change them. Names each holder
 * (run id, user, start) and what to do: wait, resume that run, or break the lease of a dead one.
 */
public final class LeaseRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Lease> held;

    LeaseRefusedException(List<Lease> held) {
        super(held.stream().map(Lease::describe).collect(Collectors.joining("; "))
                + "; another run is changing " + (held.size() == 1 ? "it" : "them") + ": wait for it, finish it with `switchover resume "
                + held.get(0).runId() + "`, or, if that run is dead and will not be resumed, `switchover journal break-lease "
                + held.get(0).device() + "`");
        this.held = List.copyOf(held);
    }

    public List<Lease> held() {
        return held;
    }
}
