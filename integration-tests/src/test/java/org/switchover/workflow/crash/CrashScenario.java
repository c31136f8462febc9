package org.switchover.workflow.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.switchover.demo.DemoLab;
import org.switchover.journal.RunKind;

/** A workflow to crash at every point: a fresh lab made ready for it, and the command line that runs it. */
interface CrashScenario {

    String name();

    /** A fresh lab in {@code dir}, in the state the workflow starts from. */
    DemoLab start(Path dir) throws IOException;

    /** The {@code switchover} command line running the workflow against {@code lab}, journaling into {@code journal}. */
    List<String> command(DemoLab lab, Path journal);

    /** The kind of run whose crash {@code resume} settles. */
    RunKind kind();

    /**
     * What is wrong with {@code now}, the site after recovery, given the site {@code before} the
     * run, {@code after} a run without a crash, and whether the journal says the run completed.
     * A replacement is one change to the whole site: every switch as before, or every switch as
     * after; anything else is a mix.
     */
    default List<String> judge(SiteState before, SiteState after, SiteState now, boolean completed) {
        List<String> problems = new ArrayList<>();
        if (now.equals(after)) {
            if (!completed) problems.add("the site runs the completed change, but the journal does not say the run completed");
        } else if (now.equals(before)) {
            if (completed) problems.add("the journal says the run completed, but the site runs what it ran before");
        } else {
            problems.add("a mix: differs from before on " + now.differingFrom(before) + " and from the completed change on "
                    + now.differingFrom(after));
        }
        return problems;
    }
}
