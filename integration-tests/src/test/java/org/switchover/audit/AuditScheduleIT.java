package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;

/** {@code switchover audit --every} as a daemon process: runs at once, prints the next run, stops cleanly on SIGTERM. */
class AuditScheduleIT {

    @TempDir
    Path dir;

    @Test
    void runsOnScheduleAndStopsCleanlyOnSigterm() throws Exception {
        try (AuditLab lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"))) {
            Path site = lab.writeSiteFile(AuditLab.CITY, dir.resolve("site.yaml"));
            Path journal = dir.resolve("journal.db");
            Path report = dir.resolve("audit.json");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dswitchover.cache.dir=" + dir.resolve("cache"), "org.switchover.cli.Main", "audit", "--site", site.toString(), "--every", "6h", "--journal", journal.toString(),
                    "--format", "json", "--out", report.toString())
                    .redirectErrorStream(true).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) lines.add(l);
                } catch (Exception e) {
                    lines.add("reader failed: " + e);
                }
            });
            reader.start();
            List<String> seen = new ArrayList<>();
            // the first "next audit" line is the immediate run, the second is six hours on, after it finished
            int nextLines = 0;
            while (nextLines < 2) {
                String l = lines.poll(120, TimeUnit.SECONDS);
                assertThat(l).as("output so far: " + seen).isNotNull();
                seen.add(l);
                if (l.startsWith("next audit at ")) nextLines++;
            }
            assertThat(seen.get(seen.size() - 1)).contains("(every 6h)");
            assertThat(new ObjectMapper().readTree(Files.readString(report)).at("/summary/clean").asInt()).isEqualTo(18);

            // SIGTERM as a service manager sends it (Process.destroy would also close our end of its output)
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            assertThat(p.exitValue()).as("terminated by the signal, after a clean stop").isEqualTo(143);
            reader.join(10_000);
            lines.drainTo(seen);
            assertThat(seen).contains("stopped after 1 audit run(s)");
            try (Journal j = Journal.open(journal, Clock.systemUTC())) {
                assertThat(j.audits(10)).singleElement().satisfies(a -> {
                    assertThat(a.run().outcome()).contains(Outcome.OK);
                    assertThat(a.clean()).isEqualTo(18);
                });
            }
        }
    }
}
