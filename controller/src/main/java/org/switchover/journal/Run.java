package org.switchover.journal;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One journaled run: who started what, when, against which site file, and how it ended.
 * {@code arguments} are the command-line arguments, which never hold secrets.
 */
public record Run(
        long id,
        RunKind kind,
        String user,
        Instant started,
        Optional<Instant> finished,
        Optional<Outcome> outcome,
        String message,
        String siteFile,
        List<String> arguments) {

    public Run {
        arguments = ImmutableList.copyOf(arguments);
    }

    public boolean isFinished() {
        return finished.isPresent();
    }
}
