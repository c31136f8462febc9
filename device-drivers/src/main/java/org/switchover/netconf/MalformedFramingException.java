package org.switchover.netconf;

/** The byte stream from a peer broke RFC 6242 framing; the session cannot be trusted and is closed. */
public class MalformedFramingException extends NetconfException {
    private static final long serialVersionUID = 1L;

    public MalformedFramingException(String device, String message) {
        super(device, null, message, null);
    }

    public MalformedFramingException(String device, String messageId, String message, Throwable cause) {
        super(device, messageId, message, cause);
    }
}
