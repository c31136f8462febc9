package org.switchover.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --json} and {@code --quiet} progress options, for every command that runs a replacement. */
final class ProgressOption {

    @Option(names = "--json", description = "progress as JSON lines")
    boolean json;

    @Option(names = "--quiet", description = "no progress, only the result")
    boolean quiet;

    /** The progress printer these options ask for, writing to {@code out}. */
    ProgressPrinter printer(PrintWriter out) {
        return new ProgressPrinter(out, ProgressPrinter.style(json, quiet));
    }
}
