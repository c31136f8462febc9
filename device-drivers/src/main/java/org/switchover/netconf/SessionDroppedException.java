package org.switchover.netconf;

/** The transport closed while a message or reply was still expected. */
public class SessionDroppedException extends NetconfException {
    private static final long serialVersionUID = 1L;

    public SessionDroppedException(String device, String messageId, String message, Throwable cause) {
        super(device, messageId, message, cause);
    }

    public SessionDroppedException(String device, String message) {
        this(device, null, message, null);
    }
}
