package org.switchover.netconf;

import java.util.Optional;

/**
 * The root of every device and network failure: carries the device and, where an RPC was in
 * flight, its message-id. Subclasses say what happened and what to do next.
 */
public class NetconfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String device;
    private final String messageId;

    public NetconfException(String device, String messageId, String message, Throwable cause) {
        super(message, cause);
        this.device = device;
        this.messageId = messageId;
    }

    public NetconfException(String device, String message) {
        this(device, null, message, null);
    }

    public String device() {
        return device;
    }

    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }
}
