package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuditCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void isRegisteredWithItsHistorySubcommand() {
        assertThat(run("audit", "--help")).isZero();
        assertThat(out.toString()).contains("--site").contains("--every").contains("--cron").contains("--remediate").contains("history");
    }

    @Test
    void refusesMissingSiteUnknownFormatsAndBadSchedulesAsBadInput() throws Exception {
        assertThat(run("audit")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("--site FILE is required");
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "site: {name: x}\n");
        assertThat(run("audit", "--site", site.toString(), "--format", "pdf")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("--format pdf is not known");
        assertThat(run("audit", "--site", site.toString(), "--cron", "61 * * * *")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("minute field '61'");
        assertThat(run("audit", "--site", site.toString(), "--every", "6h", "--cron", "0 * * * *")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("mutually exclusive");
        assertThat(run("audit", "--site", site.toString(), "--yes")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("--yes only confirms --remediate");
    }

    @Test
    void anInvalidSiteIsBadInputWithItsErrors() throws Exception {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "site: {name: x}\ndevices:\n  a: {role: nonsense}\n");
        assertThat(run("audit", "--site", site.toString(), "--journal", dir.resolve("j.db").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("site.yaml");
        assertThat(Files.exists(dir.resolve("j.db"))).as("nothing journaled for a site that does not load").isFalse();
    }

    @Test
    void historyWithoutAJournalSaysWhatToDo() {
        assertThat(run("audit", "history", "--journal", dir.resolve("none.db").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("run an audit first");
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
        assertThat(err.toString()).contains("--allow-inline-secrets").doesNotContain("Hunter2Secret!");

        err.getBuffer().setLength(0);
        assertThat(run("audit", "--site", site.toString(), "--allow-inline-secrets", "--journal", journal)).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("bogus_key").doesNotContain("--allow-inline-secrets").doesNotContain("Unknown option");
    }
}
