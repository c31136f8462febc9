package org.switchover.schedule;

import java.time.Instant;

/** When recurring audits run. */
public interface Schedule {

    /** The first run time strictly after {@code after}. */
    Instant nextAfter(Instant after);

    /** Whether the first run happens at start rather than at the first slot. */
    boolean runsAtStart();

    /** How the schedule reads to a person, for the "next run" line. */
    String describe();
}
