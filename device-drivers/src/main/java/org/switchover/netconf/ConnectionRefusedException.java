package org.switchover.netconf;

/** Nothing accepted the TCP connection at the device's address and port. */
public class ConnectionRefusedException extends TransportException {
    private static final long serialVersionUID = 1L;

    public ConnectionRefusedException(String device, String message, Throwable cause) {
        super(device, null, message, cause);
    }
}
