package org.switchover.cli;

import java.io.PrintWriter;
import org.switchover.inventory.InvalidInventoryException;
import org.switchover.journal.JournalException;
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
        if (e instanceof InvalidInventoryException || e instanceof MissingSecretException || e instanceof RenderException
                || e instanceof JournalOption.BadInputException || e instanceof JournalException
                || e instanceof IllegalArgumentException) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        throw e;
    }
}
