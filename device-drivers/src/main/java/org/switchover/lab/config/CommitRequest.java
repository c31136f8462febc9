package org.switchover.lab.config;

import java.time.Duration;
import java.util.Optional;

/** A parsed {@code <commit>}: plain, confirmed (with timeout and optional persist), or confirming by persist-id. */
public record CommitRequest(boolean confirmed, Duration confirmTimeout, Optional<String> persist, Optional<String> persistId) {

    /** RFC 6241 section 8.4.5.1: 600 seconds when the confirmed commit names none. */
    public static final Duration DEFAULT_CONFIRM_TIMEOUT = Duration.ofSeconds(600);

    public static CommitRequest plain() {
        return new CommitRequest(false, DEFAULT_CONFIRM_TIMEOUT, Optional.empty(), Optional.empty());
    }

    public static CommitRequest confirmed(Duration timeout, Optional<String> persist) {
        return new CommitRequest(true, timeout, persist, Optional.empty());
    }

    public static CommitRequest confirming(Optional<String> persistId) {
        return new CommitRequest(false, DEFAULT_CONFIRM_TIMEOUT, Optional.empty(), persistId);
    }
}
