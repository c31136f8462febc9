package org.switchover.journal;

import java.nio.file.Path;

/** The journal file could not be read or written; the message names the file and what to do. */
public final class JournalException extends RuntimeException {

    private final Path file;

    public JournalException(Path file, String message, Throwable cause) {
        super("journal " + file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
