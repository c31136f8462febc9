package org.switchover.workflow;

import org.switchover.netconf.NetconfException;

/**
 * A change was sent and no answer came (the session dropped, the reply timed out): the device may
 * have taken it. Its commit stays pending in the journal, so {@code resume} reads the device and
 * settles it; a native confirmed commit also rolls back by itself at its deadline.
 */
public final class OutcomeUnknownException extends NetconfException {
    private static final long serialVersionUID = 1L;

    OutcomeUnknownException(String device, String message, Throwable cause) {
        super(device, null, "outcome unknown on " + device + ", it may have changed: " + message, cause);
    }
}
