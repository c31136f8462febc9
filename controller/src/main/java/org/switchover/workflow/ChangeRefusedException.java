package org.switchover.workflow;

import org.switchover.netconf.NetconfException;

/**
 * A device answered a change with an error: it did not take it, so nothing changed there. What
 * other devices of the same change had committed was cancelled before this was thrown.
 */
public final class ChangeRefusedException extends NetconfException {
    private static final long serialVersionUID = 1L;

    ChangeRefusedException(String device, String message, Throwable cause) {
        super(device, null, device + " refused the change, nothing changed on it: " + message, cause);
    }
}
