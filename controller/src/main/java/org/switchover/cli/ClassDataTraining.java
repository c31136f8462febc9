package org.switchover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.switchover.demo.DemoLab;

/**
 * The short, representative run the build records its class-data-sharing archive from
 * ({@code controller/target/switchover.jsa}, used by the {@code bin/switchover} launcher): the city
 * site's lab in this JVM and one audit of it through the command line, as a user runs it, so the
 * archive holds the classes of loading a site, rendering, NETCONF over SSH, diffing, checking,
 * journaling and reporting. Not a command; everything it writes goes to a temporary folder it
 * removes.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("switchover-cds-");
        int code;
        try (DemoLab lab = DemoLab.start(DemoCommand.bundledCity(dir), dir.resolve("lab"), List.of())) {
            StringWriter report = new StringWriter();
            code = Main.commandLine().setOut(new PrintWriter(report)).execute("audit", "--site", lab.siteFile().toString(),
                    "--journal", dir.resolve("switchover.db").toString());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        if (code != Main.OK) {
            System.err.println("class-data training: the audit of the city lab exited " + code + " instead of 0");
        }
        // lab threads a close leaves winding down must not keep the build waiting
        System.exit(code);
    }
}
