package org.switchover.workflow.crash;

import java.nio.file.Path;
import java.util.Arrays;
import org.switchover.cli.Main;

/**
 * A {@code switchover} command line run in a JVM of its own with the crash points woven in.
 * Arguments: {@code --record FILE | --halt LABEL#K | --halt-count M}, then the command's own.
 * Exits with the command's exit code, or {@link CrashPoints#HALT_CODE} when it halted.
 */
public final class CrashingCli {

    private CrashingCli() {}

    public static void main(String[] args) {
        switch (args[0]) {
            case "--record" -> CrashPoints.recordTo(Path.of(args[1]));
            case "--halt" -> CrashPoints.haltAt(CrashPoints.point(args[1]));
            case "--halt-count" -> CrashPoints.haltAtCount(Long.parseLong(args[1]));
            default -> throw new IllegalArgumentException("first argument: --record FILE, --halt LABEL#K or --halt-count M");
        }
        CrashPointAgent.install();
        var cl = Main.commandLine();
        int code = cl.execute(Arrays.copyOfRange(args, 2, args.length));
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }
}
