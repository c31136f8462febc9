package org.switchover.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The switchover command line: one subcommand per workflow. */
@Command(
        name = "switchover",
        mixinStandardHelpOptions = true,
        version = "switchover 0.1.0",
        description = "Replaces failed switches over NETCONF safely and keeps the fleet true to its golden configuration.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            RenderCommand.class,
            PlanCommand.class,
            ReplaceCommand.class,
            ResumeCommand.class,
            VerifyCommand.class,
            AuditCommand.class,
            LabCommand.class,
            JournalCommand.class,
            ReportCommand.class,
            StatusCommand.class,
        })
public final class Main implements Runnable {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int CHECKS_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int DEVICE_ERROR = 3;

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        // picocli's writers are not flushed by System.exit; a command's last lines would be lost
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        // picocli already answers invalid input with exit code 2 (BAD_INPUT); what a command did not
        // expect would be a stack trace and exit 1, which reads as "checks failed": it is exit 3
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, command, parsed) -> Failures.unexpected(e, command, command.getErr()));
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
