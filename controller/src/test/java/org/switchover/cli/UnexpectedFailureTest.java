package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A failure no command expected exits 3 (a device or network error), never 1 (checks failed), with one line to read. */
class UnexpectedFailureTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Mixin
        JournalOption journal;

        @Override
        public Integer call() {
            throw new IllegalStateException("the lab's reply was cut short\n\tat somewhere deep");
        }
    }

    @Test
    void anUnexpectedExceptionExitsThreeWithOneLineNamingTheJournal(@TempDir Path dir) {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Path journal = dir.resolve("j.db");

        int code = cl.execute("boom", "--journal", journal.toString());

        assertThat(code).isEqualTo(Main.DEVICE_ERROR);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("unexpected error: IllegalStateException: the lab's reply was cut short")
                .contains("the journal " + journal.toAbsolutePath());
        assertThat(out.toString()).isEmpty();
    }
}
