package org.switchover.netconf;

import java.time.Duration;

/** Connecting, the hello exchange or an RPC did not finish within its timeout. */
public class NetconfTimeoutException extends NetconfException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public NetconfTimeoutException(String device, String messageId, Duration timeout, String message, Throwable cause) {
        super(device, messageId, message, cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
