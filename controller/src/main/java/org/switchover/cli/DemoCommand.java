package org.switchover.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.switchover.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchover demo}: the city site in a lab, four switches failed and replaced. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts a lab with the city site, fails four core and distribution switches, replaces them "
                + "in service-priority order, audits the site, prints the timeline and writes the incident report.")
final class DemoCommand implements Callable<Integer> {

    static final Path CITY = Path.of("templates", "sites", "city", "site.yaml");

    @Option(names = "--site", paramLabel = "FILE", description = "the site to run (default: the city site of this repository)")
    Path site;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the lab, journal and report go (default: a new temporary folder)")
    Path dir;

    @Option(names = "--json", description = "progress as JSON lines")
    boolean json;

    @Option(names = "--quiet", description = "no progress, only the result")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        Path city = site != null ? site : findCity();
        if (city == null || !Files.isRegularFile(city)) {
            spec.commandLine().getErr().println("cannot find " + CITY + "; run the demo from the repository root, or pass --site FILE");
            return Main.BAD_INPUT;
        }
        Path where = dir != null ? dir : Files.createTempDirectory("switchover-demo-");
        try {
            Demo.Result result = new Demo(out, new ProgressPrinter(out, ProgressPrinter.style(json, quiet))).run(city, where);
            return result.ok() ? Main.OK : result.run().exitCode() != 0 ? result.run().exitCode() : Main.CHECKS_FAILED;
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
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
