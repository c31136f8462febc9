package org.switchover.workflow.crash;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code switchover} command line in a JVM of its own, as a user's shell would, optionally
 * with the crash points woven in ({@link CrashingCli}); its goldens are cached in the test's folder.
 */
final class ControllerJvm {

    /** How a command ended: its exit code and everything it printed. */
    record Ended(int code, String output) {
        boolean halted() {
            return code == CrashPoints.HALT_CODE;
        }
    }

    private final Path dir;
    private final Duration timeout;
    private int runs;

    ControllerJvm(Path dir, Duration timeout) {
        this.dir = dir;
        this.timeout = timeout;
    }

    /** The plain command line, no crash points. */
    Ended run(String... args) {
        return start(List.of("org.switchover.cli.Main"), false, args);
    }

    /** The command line with crash points: {@code mode} is {@code --record FILE}, {@code --halt LABEL#K} or {@code --halt-count M}. */
    Ended crashing(List<String> mode, String... args) {
        List<String> main = new ArrayList<>(List.of(CrashingCli.class.getName()));
        main.addAll(mode);
        return start(main, true, args);
    }

    private Ended start(List<String> main, boolean agent, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // one-shot commands: the launcher's settings, kind to a shared machine
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dswitchover.cache.dir=" + dir.resolve("cache")));
        if (agent) command.add("-javaagent:" + agentJar());
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(main);
        command.addAll(Arrays.asList(args));
        Path log = dir.resolve("controller-" + (++runs) + ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("`" + String.join(" ", args) + "` did not end within " + timeout + "; see " + log);
                }
                return new Ended(p.exitValue(), Files.readString(log));
            } finally {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String agentJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> Path.of(p).getFileName().toString().startsWith("byte-buddy-agent"))
                .findFirst().orElseThrow(() -> new IllegalStateException("byte-buddy-agent is not on the test classpath"));
    }
}
