package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every lab subcommand answers --help with its usage, before asking for its arguments. */
class LabCommandHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"up", "status", "power-off", "power-on", "unplug", "plug", "move", "fail-port", "repair-port",
            "delay", "drop-after", "reject-commit", "hold-lock", "release-locks"})
    void helpShowsTheUsage(String subcommand) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("lab", subcommand, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: switchover lab " + subcommand);
        assertThat(err.toString()).isEmpty();
    }
}
