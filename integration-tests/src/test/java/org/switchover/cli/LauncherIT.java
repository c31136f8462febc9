package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher the build makes, {@code controller/target/bin/switchover}, run as a user runs it. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("../controller/target/bin/switchover").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Result(int code, String output) {}

    private static Result run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("SWITCHOVER_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void runsTheJarWithTheClientCompilerForOneShotCommands() throws Exception {
        Result r = run(LAUNCHER, "--version");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("switchover ").contains("-XX:TieredStopAtLevel=1").contains("-XX:+UseSerialGC");
    }

    @Test
    void longRunningCommandsKeepTheFullCompiler() throws Exception {
        Result r = run(LAUNCHER, "audit", "--every", "6h", "--help");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("Usage: switchover audit").doesNotContain("TieredStopAtLevel");
    }

    @Test
    void findsItsJarThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("switchover"), LAUNCHER);
        Result r = run(link, "--version");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("switchover ");
    }
}
