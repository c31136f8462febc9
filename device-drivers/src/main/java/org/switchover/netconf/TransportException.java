package org.switchover.netconf;

/** The SSH transport could not be set up or failed: unresolvable host, no netconf subsystem, I/O error. */
public class TransportException extends NetconfException {
    private static final long serialVersionUID = 1L;

    public TransportException(String device, String messageId, String message, Throwable cause) {
        super(device, messageId, message, cause);
    }
}
