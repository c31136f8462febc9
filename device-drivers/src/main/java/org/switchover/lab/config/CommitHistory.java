package org.switchover.lab.config;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed configurations of one switch, newest first, as Junos keeps them (up to 50): what
 * {@code show system commit} / {@code <get-commit-information>} lists and what {@code rollback N}
 * loads. Every change of running is an entry: commits, and the rollback of a confirmed commit
 * that was not confirmed. Called under the owning {@link ConfigStore}'s monitor.
 */
public final class CommitHistory {
    static final int KEPT = 50;

    /** One commit: who, how, when, its log comment and system comment, and the configuration it made. */
    public record Entry(String user, String client, Instant at, String log, String comment, XmlNode config) {}

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();

    CommitHistory(XmlNode initial, Clock clock) {
        this.clock = clock;
        entries.add(new Entry("root", "other", clock.instant(), "", "initial configuration", initial));
    }

    void add(String client, String log, String comment, XmlNode config) {
        entries.add(0, new Entry(client.equals("other") ? "root" : "admin", client, clock.instant(), log, comment, config));
        if (entries.size() > KEPT) entries.remove(entries.size() - 1);
    }

    /** The configuration committed {@code n} commits ago (0 is running). */
    XmlNode config(int n) {
        checkArgument(n >= 0 && n < entries.size(), "rollback %s does not exist; this switch keeps rollbacks 0..%s", n, entries.size() - 1);
        return entries.get(n).config();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
