package org.switchover.netconf;

/** A peer sent XML that is not well-formed, breaks the size or depth limits, or is not the expected NETCONF message. */
public class MalformedXmlException extends NetconfException {
    private static final long serialVersionUID = 1L;

    public MalformedXmlException(String device, String messageId, String message, Throwable cause) {
        super(device, messageId, message, cause);
    }

    public MalformedXmlException(String device, String message) {
        this(device, null, message, null);
    }
}
