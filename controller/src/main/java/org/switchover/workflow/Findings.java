package org.switchover.workflow;

import java.util.List;
import java.util.stream.Collectors;
import org.switchover.verify.Finding;

/** Findings as text for the journal and for people: the errors, one a line. */
final class Findings {

    private Findings() {}

    static String text(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(f -> f.where() + ": " + f.message()).collect(Collectors.joining("\n"));
    }
}
