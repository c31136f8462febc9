package org.switchover.cli;

import java.io.PrintWriter;
import org.switchover.inventory.InvalidInventoryException;
import org.switchover.journal.JournalException;
import org.switchover.journal.LeaseRefusedException;
import picocli.CommandLine;
import org.switchover.netconf.NetconfException;
import org.switchover.render.RenderException;
import org.switchover.workflow.access.MissingSecretException;

/** Maps what went wrong to the exit code and the message a person reads. */
final class Failures {

    private Failures() {}

    static int report(RuntimeException e, PrintWriter err) {
        if (e instanceof NetconfException n) {
            err.println("device error on " + n.device() + ": " + n.getMessage());
            return Main.DEVICE_ERROR;
        }
        if (e instanceof LeaseRefusedException) {
            err.println("refused, nothing was changed: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (e instanceof InvalidInventoryException || e instanceof MissingSecretException || e instanceof RenderException
                || e instanceof JournalOption.BadInputException || e instanceof JournalException
                || e instanceof IllegalArgumentException) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        throw e;
    }

    /**
     * Anything a command did not expect: one line saying what, where the journal is (it records
     * what was done up to there), and exit code 3, never 1 (which reads as "checks failed").
     */
    static int unexpected(Exception e, CommandLine command, PrintWriter err) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        Object mixin = command.getCommandSpec().mixins().containsKey("journal")
                ? command.getCommandSpec().mixins().get("journal").userObject() : null;
        String journal = mixin instanceof JournalOption j && j.file != null
                ? "; the journal " + j.file.toAbsolutePath() + " records what was done (`switchover journal`)" : "";
        err.println("unexpected error: " + what + journal);
        err.flush();
        return Main.DEVICE_ERROR;
    }
}
