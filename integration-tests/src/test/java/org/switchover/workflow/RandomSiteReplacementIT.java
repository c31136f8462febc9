package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.HostAndPort;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditOptions;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditRunner;
import org.switchover.cli.Main;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Device;
import org.switchover.inventory.InventoryError;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.RunHistory;
import org.switchover.render.Renderer;
import org.switchover.workflow.access.DriverPool;
import picocli.CommandLine;

/**
 * Sites nobody wrote, drawn from seeds ({@link RandomSite}), run end to end as a user would against
 * a lab built from each: the site validates, every device renders (a sample checked against the
 * real YANG models), one random switch fails and is planned and replaced onto a spare, and then
 * verify and the audit are clean, the journal shows the run finished and every device runs exactly
 * its golden config. Seeds start at {@code -Dswitchover.seed} (fixed by default) and
 * {@code -Dswitchover.seeds} of them run (a few by default; hundreds locally). A failure names its
 * seed (replay with {@code -Dswitchover.seed=N -Dswitchover.seeds=1}, or several with
 * {@code -Dswitchover.seedList=N,M}) and its site file is kept in
 * {@code target/random-sites/}.
 */
class RandomSiteReplacementIT {

    private static final long SEED = Long.getLong("switchover.seed", 20261203L);
    private static final int SEEDS = Integer.getInteger("switchover.seeds", 3);
    /** Chosen seeds instead ({@code -Dswitchover.seedList=7002,7029}), to replay several findings at once. */
    private static final String SEED_LIST = System.getProperty("switchover.seedList", "");
    private static final Path KEPT = Path.of("target", "random-sites");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> randomSitesSurviveAReplacementEndToEnd() {
        LongStream seeds = SEED_LIST.isBlank() ? LongStream.range(SEED, SEED + SEEDS)
                : Stream.of(SEED_LIST.split(",")).mapToLong(t -> Long.parseLong(t.trim()));
        System.out.println("RandomSiteReplacementIT: " + (SEED_LIST.isBlank() ? "seeds " + SEED + ".." + (SEED + SEEDS - 1) : "seeds " + SEED_LIST)
                + " (replay one with -Dswitchover.seed=N -Dswitchover.seeds=1)");
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(seed)));
    }

    private void run(long seed) throws Exception {
        RandomSite drawn = RandomSite.of(seed);
        Path kept = KEPT.resolve("seed-" + seed + ".yaml");
        Files.createDirectories(KEPT);
        Files.writeString(kept, drawn.yaml(), StandardCharsets.UTF_8);
        String replay = "seed " + seed + " (" + drawn.shape() + ", " + drawn.failed() + " replaced; replay with -Dswitchover.seed=" + seed
                + " -Dswitchover.seeds=1; site in " + kept.toAbsolutePath() + ")\n" + drawn.yaml();
        long t0 = System.nanoTime();
        try {
            endToEnd(drawn, dir.resolve("seed-" + seed), replay);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(replay + "\n" + e.getMessage(), e);
        }
        Files.delete(kept);
        System.out.printf("seed %d: %s, %s replaced, end to end in %d ms%n", seed, drawn.shape(), drawn.failed(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void endToEnd(RandomSite drawn, Path dir, String replay) throws Exception {
        Files.createDirectories(dir);
        Path siteFile = dir.resolve("site.yaml");
        Files.writeString(siteFile, drawn.yaml(), StandardCharsets.UTF_8);

        Validation<Seq<InventoryError>, Site> loaded = SiteLoader.defaults().load(siteFile);
        assertThat(loaded.isValid()).as("the drawn site validates: %s", loaded.isInvalid() ? loaded.getError().mkString("\n") : "").isTrue();
        Site original = loaded.get();

        Path golden = dir.resolve("golden");
        Ran render = run("render", "--site", siteFile.toString(), "--out", golden.toString());
        assertThat(render.exit()).as("render: " + render).isZero();
        validateSample(original, golden, new Random(drawn.seed()));

        Device failed = original.device(drawn.failed());
        String spare = "spare-" + failed.name();
        try (DemoLab lab = DemoLab.start(siteFile, dir.resolve("lab"), List.of(new DemoLab.Spare(spare, failed.model(), failed.platform())))) {
            lab.powerOff(failed.name());
            lab.shutPortsFacing(List.of(failed.name()), AccessReplacement.access());
            lab.rack(spare, failed.name());
            String site = lab.siteFile().toString();
            String replace = failed.name() + "=" + lab.address(spare);
            String journal = dir.resolve("switchover.db").toString();

            Ran plan = run("plan", "--site", site, "--replace", replace);
            assertThat(plan.exit()).as("plan: " + plan).isZero();
            Ran replaced = run("replace", "--site", site, "--replace", replace, "--yes", "--update-site", "--journal", journal,
                    "--confirm-timeout", "60s");
            assertThat(replaced.exit()).as("replace: " + replaced).isZero();
            Ran verify = run("verify", "--site", site);
            assertThat(verify.exit()).as("verify: " + verify).isZero();

            // the site file now points at the spare, as --update-site wrote it
            Site after = SiteLoader.defaults().loadOrThrow(lab.siteFile());
            assertThat(after.device(failed.name()).management()).isEqualTo(HostAndPort.fromString(lab.address(spare)));
            AuditReport audit = AuditRunner.standard(Clock.systemUTC()).run(after, AuditOptions.defaults());
            assertThat(audit.devices()).hasSize(after.devices().size()).allSatisfy(d -> assertThat(d.outcome())
                    .as("audit of " + d.device() + ": " + d.findings()).isEqualTo(AuditOutcome.CLEAN));

            try (Journal j = Journal.open(Path.of(journal), Clock.systemUTC())) {
                long runId = j.runs(1).get(0).id();
                RunHistory h = j.history(runId).orElseThrow();
                assertThat(h.run().isFinished()).isTrue();
                assertThat(h.run().outcome()).contains(Outcome.OK);
                assertThat(j.pendingCommits(runId)).isEmpty();
            }
            assertThat(lab.lab().get(spare).hostname()).isEqualTo(failed.name());
            TemplateGoldenConfigs goldens = new TemplateGoldenConfigs(Renderer.builtIn());
            try (DriverPool pool = new DriverPool(after, AccessReplacement.access())) {
                for (Device d : after.devices().values()) {
                    assertThat(pool.driver(d.name()).compliance(goldens.render(after, d)).changes()).as("drift on " + d.name()).isEmpty();
                }
            }
        }
    }

    /** Checks one rendered payload per platform against the real YANG models, when they are here. */
    private static void validateSample(Site site, Path golden, Random random) throws IOException, InterruptedException {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        Path script = yang.resolveSibling("tools").resolve("yang-validate");
        if (!Files.isDirectory(yang) || !Files.isExecutable(script)) {
            System.out.println("RandomSiteReplacementIT: YANG validation skipped, no models at " + yang.toAbsolutePath());
            return;
        }
        Map<String, List<Device>> byPlatform = new TreeMap<>();
        site.devices().values().forEach(d -> byPlatform.computeIfAbsent(d.platform().id(), k -> new ArrayList<>()).add(d));
        for (var e : byPlatform.entrySet()) {
            Device d = e.getValue().get(random.nextInt(e.getValue().size()));
            Path file = golden.resolve(d.name() + ".xml");
            assertThat(file).as("render wrote " + d.name()).exists();
            List<String> command = new ArrayList<>(List.of(script.toString()));
            if (!e.getKey().equals("openconfig") && !e.getKey().equals("ietf")) command.addAll(List.of("--platform", e.getKey()));
            command.add(file.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("yang-validate finished").isTrue();
            assertThat(p.exitValue()).as("yang-validate " + d.name() + " (" + e.getKey() + "):\n" + output).isZero();
        }
    }

    /** Output and exit code of one command. */
    record Ran(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + err;
        }
    }

    private static Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Ran(exit, out.toString(), err.toString());
    }
}
