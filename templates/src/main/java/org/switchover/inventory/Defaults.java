package org.switchover.inventory;

import java.time.Duration;

/** Site-wide defaults a device inherits unless it says otherwise. */
public record Defaults(Platform platform, CredentialRef credentials, Duration confirmTimeout, PortNumbering portNumbers) {

    public Defaults(Platform platform, CredentialRef credentials, Duration confirmTimeout) {
        this(platform, credentials, confirmTimeout, PortNumbering.DEVICE);
    }
}
