package org.switchover.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.switchover.journal.Journal;
import picocli.CommandLine.Option;

/** The {@code --journal PATH} option shared by commands that read or write the journal. */
final class JournalOption {

    @Option(names = "--journal", paramLabel = "PATH", defaultValue = Journal.DEFAULT_FILE,
            description = "journal file (SQLite; default: ${DEFAULT-VALUE} in the current directory)")
    Path file;

    /** Opens an existing journal for reading; a missing file is bad input, not a new empty journal. */
    Journal openExisting(Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no journal at " + file.toAbsolutePath()
                    + "; run a command that writes one first, or point --journal at it");
        }
        return Journal.open(file, clock);
    }

    /** A mistake in what the user asked for; the message says what to do instead. */
    static final class BadInputException extends RuntimeException {
        BadInputException(String message) {
            super(message);
        }
    }
}
