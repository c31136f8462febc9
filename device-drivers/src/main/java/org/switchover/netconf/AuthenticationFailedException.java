package org.switchover.netconf;

/** The SSH server refused the credentials (or the private key could not be read). */
public class AuthenticationFailedException extends NetconfException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String device, String message, Throwable cause) {
        super(device, null, message, cause);
    }
}
