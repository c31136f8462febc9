package org.switchover.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.switchover.driver.PlatformDriver;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.eos.EosPlatform;
import org.switchover.platform.ietf.IetfPlatform;
import org.switchover.platform.openconfig.OpenConfigPlatform;

/** Chooses the driver for an inventory's platform id and opens it on a session. */
public final class PlatformDrivers {

    /** The platform ids the inventory may name. */
    public static final List<String> PLATFORMS = List.of(OpenConfigPlatform.ID, IetfPlatform.ID, EosPlatform.ID);

    private PlatformDrivers() {}

    /** The YANG knowledge of {@code platform}; an unknown id is the caller's mistake. */
    public static PlatformModel model(String platform) {
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case OpenConfigPlatform.ID -> new OpenConfigPlatform();
            case IetfPlatform.ID -> new IetfPlatform();
            case EosPlatform.ID -> new EosPlatform();
            default -> throw new IllegalArgumentException(
                    "unknown platform '" + platform + "'; known platforms are " + String.join(", ", PLATFORMS));
        };
    }

    /** Opens the driver for {@code platform} on {@code session}; see {@link NetconfDriver#open}. */
    public static PlatformDriver open(String platform, NetconfSession session) {
        return open(platform, session, Clock.systemUTC());
    }

    public static PlatformDriver open(String platform, NetconfSession session, Clock clock) {
        return NetconfDriver.open(model(platform), session, clock);
    }
}
