package org.switchover.journal;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Everything the journal holds about one run (for an audit, the findings it saw), read in one go for reports. */
public record RunHistory(
        Run run,
        List<Step> steps,
        List<Event> events,
        List<DeviceRecord> devices,
        List<DiffRecord> diffs,
        List<CheckRecord> checks,
        List<PendingCommit> commits,
        List<Finding> findings) {

    public RunHistory {
        steps = ImmutableList.copyOf(steps);
        events = ImmutableList.copyOf(events);
        devices = ImmutableList.copyOf(devices);
        diffs = ImmutableList.copyOf(diffs);
        checks = ImmutableList.copyOf(checks);
        commits = ImmutableList.copyOf(commits);
        findings = ImmutableList.copyOf(findings);
    }
}
