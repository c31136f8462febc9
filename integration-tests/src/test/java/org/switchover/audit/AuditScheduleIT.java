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

/**
 * {@code switchover audit --every} as a daemon process: runs at once, prints the next run, keeps its
 * sessions between frequent rounds and none for a round hours away, and stops cleanly on SIGTERM.
 */
class AuditScheduleIT {

    @TempDir
    Path dir;

    @Test
    void runsOnScheduleAndStopsCleanlyOnSigterm() throws Exception {
        try (AuditLab lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"))) {
            Path site = lab.writeSiteFile(AuditLab.CITY, dir.resolve("site.yaml"));
            Path journal = dir.resolve("journal.db");
            Path report = dir.resolve("audit.json");
            Daemon d = Daemon.start(dir, site, journal, report, "6h");
            // the first "next audit" line is the immediate run, the second is six hours on, after it finished
            d.awaitLines("next audit at ", 2);
            assertThat(d.seen.get(d.seen.size() - 1)).contains("(every 6h)");
            assertThat(new ObjectMapper().readTree(Files.readString(report)).at("/summary/clean").asInt()).isEqualTo(18);
            // six hours is too long to hold sessions open for: the switches hold none of ours
            assertThat(lab.lab.switches()).allSatisfy(s -> assertThat(s.openSessions()).as(s.name()).isZero());

            d.stop();
            assertThat(d.seen).contains("stopped after 1 audit run(s)");
            try (Journal j = Journal.open(journal, Clock.systemUTC())) {
                assertThat(j.audits(10)).singleElement().satisfies(a -> {
                    assertThat(a.run().outcome()).contains(Outcome.OK);
                    assertThat(a.clean()).isEqualTo(18);
                });
            }
        }
    }

    @Test
    void frequentRoundsReuseTheSessionsOfTheRoundBefore() throws Exception {
        try (AuditLab lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"))) {
            Path site = lab.writeSiteFile(AuditLab.CITY, dir.resolve("site.yaml"));
            Daemon d = Daemon.start(dir, site, dir.resolve("journal.db"), dir.resolve("audit.json"), "2s");
            d.awaitLines("audit finished with exit code", 3);
            List<String> finished = d.seen.stream().filter(l -> l.startsWith("audit finished with exit code")).toList();
            assertThat(finished.get(0)).isEqualTo("audit finished with exit code 0 (0 sessions kept from the last round, 18 opened)");
            assertThat(finished.subList(1, 3)).allSatisfy(l ->
                    assertThat(l).isEqualTo("audit finished with exit code 0 (18 sessions kept from the last round, 0 opened)"));
            assertThat(lab.lab.switches()).allSatisfy(s -> assertThat(s.openSessions()).as(s.name()).isEqualTo(1));
            d.stop();
            // a stopped daemon closes what it kept
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
            while (lab.lab.switches().stream().anyMatch(s -> s.openSessions() > 0) && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(lab.lab.switches()).allSatisfy(s -> assertThat(s.openSessions()).as(s.name() + " after stop").isZero());
        }
    }

    /** {@code switchover audit --every} in a process of its own, its output gathered line by line. */
    private record Daemon(Process process, BlockingQueue<String> lines, List<String> seen, Thread reader) {

        static Daemon start(Path dir, Path site, Path journal, Path report, String every) throws Exception {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dswitchover.cache.dir=" + dir.resolve("cache"), "org.switchover.cli.Main", "audit", "--site", site.toString(),
                    "--every", every, "--journal", journal.toString(), "--format", "json", "--out", report.toString())
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
            return new Daemon(p, lines, new ArrayList<>(), reader);
        }

        /** Reads output until {@code count} lines starting with {@code prefix} have been seen. */
        void awaitLines(String prefix, int count) throws InterruptedException {
            int found = (int) seen.stream().filter(l -> l.startsWith(prefix)).count();
            while (found < count) {
                String l = lines.poll(120, TimeUnit.SECONDS);
                assertThat(l).as("output so far: " + seen).isNotNull();
                seen.add(l);
                if (l.startsWith(prefix)) found++;
            }
        }

        /** SIGTERM as a service manager sends it (Process.destroy would also close our end of its output). */
        void stop() throws Exception {
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            assertThat(process.exitValue()).as("terminated by the signal, after a clean stop").isEqualTo(143);
            reader.join(10_000);
            lines.drainTo(seen);
        }
    }
}
