package org.switchover.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The plan a run executes, as the journal keeps it for resume: the site file it was planned from
 * (path, SHA-256 and, unless it held something secret-looking, its text), the digests of the
 * templates used, the request's arguments, the devices found down, and the steps, one line each.
 */
public record JournaledPlan(String siteFile, String siteDigest, Optional<String> siteText, SortedMap<String, String> templates,
        List<String> arguments, List<String> unavailable, List<String> steps) {

    public JournaledPlan {
        templates = ImmutableSortedMap.copyOf(templates);
        arguments = ImmutableList.copyOf(arguments);
        unavailable = ImmutableList.copyOf(unavailable);
        steps = ImmutableList.copyOf(steps);
    }
}
