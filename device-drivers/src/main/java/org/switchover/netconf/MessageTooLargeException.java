package org.switchover.netconf;

/** A message from a peer exceeded the configured size limit; the session is closed. */
public class MessageTooLargeException extends MalformedFramingException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public MessageTooLargeException(String device, long limit) {
        super(device, "message from " + device + " exceeds the limit of " + limit + " bytes; if the device really"
                + " sends replies this large, raise the limit (ConnectOptions.withMaxReplyBytes), otherwise narrow"
                + " the request with a subtree filter");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
