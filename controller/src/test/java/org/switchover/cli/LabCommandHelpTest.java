package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every lab subcommand answers --help with its usage, before asking for its arguments. */
class LabCommandHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"up", "status", "power-off", "power-on", "unplug", "plug", "move", "fail-port", "repair-port",
            "delay", "drop-after", "reject-commit", "hold-lock", "release-locks"})
    void helpShowsTheUsage(String subcommand) {
        CliRun cli = new CliRun();

        assertThat(cli.run("lab", subcommand, "--help")).isZero();
        assertThat(cli.out()).startsWith("Usage: switchover lab " + subcommand);
        assertThat(cli.err()).isEmpty();
    }
}
