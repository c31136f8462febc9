package org.switchover.workflow.access;

/** The secret a device's credentials refer to cannot be found; the message names the reference. */
public final class MissingSecretException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String device;

    public MissingSecretException(String device, String what) {
        super(device + ": " + what + "; set it, or change the device's credentials in the site file");
        this.device = device;
    }

    public String device() {
        return device;
    }
}
