package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void isRegisteredWithItsHistorySubcommand() {
        assertThat(run("audit", "--help")).isZero();
        assertThat(cli.out()).contains("--site").contains("--every").contains("--cron").contains("--remediate").contains("history");
    }

    @Test
    void refusesMissingSiteUnknownFormatsAndBadSchedulesAsBadInput() throws Exception {
        assertThat(run("audit")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("--site FILE is required");
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "site: {name: x}\n");
        assertThat(run("audit", "--site", site.toString(), "--format", "pdf")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("--format pdf is not known");
        assertThat(run("audit", "--site", site.toString(), "--cron", "61 * * * *")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("minute field '61'");
        assertThat(run("audit", "--site", site.toString(), "--every", "6h", "--cron", "0 * * * *")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("mutually exclusive");
        assertThat(run("audit", "--site", site.toString(), "--yes")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("--yes only confirms --remediate");
    }

    @Test
    void anInvalidSiteIsBadInputWithItsErrors() throws Exception {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "site: {name: x}\ndevices:\n  a: {role: nonsense}\n");
        assertThat(run("audit", "--site", site.toString(), "--journal", dir.resolve("j.db").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("site.yaml");
        assertThat(Files.exists(dir.resolve("j.db"))).as("nothing journaled for a site that does not load").isFalse();
    }

    @Test
    void historyWithoutAJournalSaysWhatToDo() {
        assertThat(run("audit", "history", "--journal", dir.resolve("none.db").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("run an audit first");
    }

    @Test
    void acceptsAllowInlineSecretsAsTheInventoryErrorSays() throws Exception {
        Path site = dir.resolve("site.yaml");
        // an inline password and one unknown key: the loader reports every error it finds
        Files.writeString(site, Files.readString(RenderCommandTest.CITY)
                .replace("secret: file:~/.switchover/lab/password", "secret: Hunter2Secret!")
                .replaceFirst("\ndevices:\n", "\nbogus_key: 1\ndevices:\n"));
        String journal = dir.resolve("j.db").toString();

        assertThat(run("audit", "--site", site.toString(), "--journal", journal)).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("--allow-inline-secrets").doesNotContain("Hunter2Secret!");

        cli.clearErr();
        assertThat(run("audit", "--site", site.toString(), "--allow-inline-secrets", "--journal", journal)).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("bogus_key").doesNotContain("--allow-inline-secrets").doesNotContain("Unknown option");
    }
}
