package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunKind;

class StatusCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutServeTheStatusOfTheNewestReplacementIsPrintedAsJson() throws Exception {
        Path db = dir.resolve("switchover.db");
        try (Journal j = Journal.open(db, Clock.systemUTC())) {
            long first = j.startRun(RunKind.REPLACE, "gone.yaml", List.of());
            j.finishRun(first, Outcome.OK, "");
            long run = j.startRun(RunKind.REPLACE, "gone.yaml", List.of());
            j.event(run, EventKind.SERVICE_DOWN, null, "cctv", "core-1 failed");
        }
        CliRun cli = new CliRun();

        assertThat(cli.run("status", "--journal", db.toString())).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.at("/run/id").asLong()).isEqualTo(2);
        assertThat(json.at("/run/live").asBoolean()).isTrue();
        assertThat(json.at("/services/0/name").asText()).isEqualTo("cctv");
        assertThat(json.at("/services/0/state").asText()).isEqualTo("down");

        CliRun one = new CliRun();
        assertThat(one.run("status", "1", "--journal", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(one.out()).at("/run/live").asBoolean()).isFalse();
    }

    @Test
    void aMissingJournalOrABadAddressIsBadInput() {
        CliRun cli = new CliRun();
        assertThat(cli.run("status", "--journal", dir.resolve("none.db").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("no journal at");

        Path db = dir.resolve("switchover.db");
        Journal.open(db, Clock.systemUTC()).close();
        CliRun bad = new CliRun();
        assertThat(bad.run("status", "--journal", db.toString(), "--serve", "127.0.0.1")).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("names no port");
    }
}
