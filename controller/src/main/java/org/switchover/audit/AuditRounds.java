package org.switchover.audit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import org.switchover.inventory.Site;

/**
 * The rounds of a scheduled audit ({@code audit --every}, {@code --cron}): each round audits as a
 * one-shot audit does, over sessions kept open since the previous round (see {@link KeptSessions}).
 * Made by {@link AuditRunner#rounds}; closing it closes every kept session.
 */
public final class AuditRounds implements AutoCloseable {

    /** How the sessions of the rounds so far were had: newly opened or kept from a round before. */
    public record SessionCounts(int opened, int reused) {}

    private final AuditRunner runner;
    private final KeptSessions sessions;
    private final Duration deviceTimeout;

    AuditRounds(AuditRunner runner, KeptSessions sessions, Duration deviceTimeout) {
        this.runner = runner;
        this.sessions = sessions;
        this.deviceTimeout = deviceTimeout;
    }

    /** One round; {@code options} must keep the device timeout the kept sessions were opened with. */
    public AuditReport run(Site site, AuditOptions options) {
        checkArgument(options.deviceTimeout().equals(deviceTimeout), "the rounds were made for a device timeout of %s, not %s",
                deviceTimeout, options.deviceTimeout());
        sessions.startRound(AuditSelection.devices(site, options.devices()).size());
        return runner.run(site, options, sessions);
    }

    /**
     * Sessions are held open only for a round that comes soon: a device has few NETCONF sessions
     * to give, and holding one for hours to save a few milliseconds is a poor trade.
     */
    public static final Duration KEEP_SESSIONS_UP_TO = Duration.ofMinutes(15);

    /** Ends a round: the kept sessions are closed when the next round is more than {@link #KEEP_SESSIONS_UP_TO} away. */
    public void roundEnded(Duration untilNextRound) {
        if (untilNextRound.compareTo(KEEP_SESSIONS_UP_TO) > 0) sessions.closeIdle();
    }

    public SessionCounts sessionCounts() {
        return new SessionCounts(sessions.opened(), sessions.reused());
    }

    @Override
    public void close() {
        sessions.close();
    }
}
