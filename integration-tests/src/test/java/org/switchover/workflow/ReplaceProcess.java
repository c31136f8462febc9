package org.switchover.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code switchover replace} in a JVM of its own, journaling into a test's folder, so a test can
 * kill it as {@code kill -9} would and resume the run it left behind.
 */
final class ReplaceProcess {

    private ReplaceProcess() {}

    /** Starts {@code replace --site SITE --replace OLD=ADDRESS ... --yes --quiet} with a 60 s confirm timeout; output to dir/controller.log. */
    static Process start(Path dir, Path siteFile, List<String> replacements) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.switchover.cli.Main", "replace",
                "--site", siteFile.toString()));
        for (String r : replacements) command.addAll(List.of("--replace", r));
        command.addAll(List.of("--yes", "--quiet", "--journal", dir.resolve("switchover.db").toString(), "--confirm-timeout", "60s"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("controller.log").toFile()).start();
    }
}
