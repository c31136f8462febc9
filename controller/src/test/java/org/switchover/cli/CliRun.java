package org.switchover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs switchover command lines in this JVM through the real {@link Main#commandLine()}, keeping what each stream printed. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code args}; the exit code. What it prints is added to what earlier runs printed. */
    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Forgets what was printed on standard error so far. */
    void clearErr() {
        err.getBuffer().setLength(0);
    }
}
