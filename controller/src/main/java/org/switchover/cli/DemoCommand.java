package org.switchover.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.switchover.demo.Demo;
import org.switchover.status.JournalStatusSource;
import org.switchover.status.JournalStatusSource.RunChoice;
import org.switchover.status.LiveStatus;
import org.switchover.workflow.ReplaceRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchover demo}: the city site in a lab, four switches failed and replaced. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts a lab with the city site, fails four core and distribution switches, replaces them "
                + "in service-priority order, audits the site, prints the timeline and writes the incident report.")
final class DemoCommand implements Callable<Integer> {

    static final Path CITY = Path.of("templates", "sites", "city", "site.yaml");
    static final String BUNDLED = "/sites/city/site.yaml";

    @Option(names = "--site", paramLabel = "FILE", description = "the site to run (default: the city site, from this repository or shipped in the jar)")
    Path site;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the lab, journal and report go (default: a new temporary folder)")
    Path dir;


    @Option(names = "--status", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0",
            description = "where the live status page of the replacement is served (default: ${DEFAULT-VALUE}, a free port; "
                    + "any address but loopback needs the token printed at start)")
    String status;

    @Option(names = "--status-linger", paramLabel = "DURATION", defaultValue = "0s",
            description = "keep the status page up this long after the demo (default: ${DEFAULT-VALUE})")
    String statusLinger;

    @Mixin
    ProgressOption progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        Path where = dir != null ? dir : Files.createTempDirectory("switchover-demo-");
        Path city = site != null ? site : findCity();
        if (city == null) city = bundledCity(where);
        if (!Files.isRegularFile(city)) {
            spec.commandLine().getErr().println("cannot find the site file " + city + "; pass --site FILE");
            return Main.BAD_INPUT;
        }
        Path journal = where.resolve(Demo.JOURNAL_FILE);
        RunChoice run = RunChoice.firstAfter(JournalStatusSource.lastRunId(journal, Clock.systemUTC()));
        try (LiveStatus page = StatusOption.StatusPages.start(status, journal, run, Optional.empty(), out)) {
            Demo.Result result = new Demo(out, progress.printer(out)).run(city, where);
            StatusOption.StatusPages.linger(page, ReplaceRequest.Durations.parse(statusLinger), out);
            return result.ok() ? Main.OK : result.run().exitCode() != 0 ? result.run().exitCode() : Main.CHECKS_FAILED;
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }

    /** The city site shipped in the jar, written to {@code dir}. */
    static Path bundledCity(Path dir) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IOException("the city site is missing from this build (" + BUNDLED + "); pass --site FILE");
            Path out = Files.createDirectories(dir).resolve("city-site.yaml");
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        }
    }

    /** The city site from the current folder or one of its parents. */
    private static Path findCity() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(CITY))) return p.resolve(CITY);
        }
        return null;
    }
}
