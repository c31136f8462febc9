package org.switchover.driver;

import org.switchover.netconf.NetconfException;

/**
 * A failure inside a platform driver: the device answered, but not in a way the driver can
 * act on (missing capability, data that does not follow the platform's models, a push that
 * could not be completed or undone). Protocol errors keep their own {@link NetconfException}
 * subclasses; drivers wrap them here only to add what was being done.
 */
public class DriverException extends NetconfException {
    private static final long serialVersionUID = 1L;

    public DriverException(String device, String message) {
        super(device, message);
    }

    public DriverException(String device, String message, Throwable cause) {
        super(device, cause instanceof NetconfException n ? n.messageId().orElse(null) : null, message, cause);
    }
}
