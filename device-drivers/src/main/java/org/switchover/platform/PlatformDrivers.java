package org.switchover.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchover.driver.PlatformDriver;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.eos.EosPlatform;
import org.switchover.platform.ietf.IetfPlatform;
import org.switchover.platform.iosxe.IosXePlatform;
import org.switchover.platform.junos.JunosDriver;
import org.switchover.platform.junos.JunosPlatform;
import org.switchover.platform.openconfig.OpenConfigPlatform;

/** Chooses the driver for an inventory's platform id and opens it on a session. */
public final class PlatformDrivers {

    /** The platform ids the inventory may name. */
    public static final List<String> PLATFORMS = List.of(OpenConfigPlatform.ID, IetfPlatform.ID, IosXePlatform.ID, JunosPlatform.ID, EosPlatform.ID);

    private PlatformDrivers() {}

    /**
     * The YANG knowledge of a platform that {@link NetconfDriver} drives; an unknown id is the
     * caller's mistake. Junos has a driver of its own ({@link JunosDriver}) and no such model.
     */
    public static PlatformModel model(String platform) {
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case OpenConfigPlatform.ID -> new OpenConfigPlatform();
            case IetfPlatform.ID -> new IetfPlatform();
            case IosXePlatform.ID -> new IosXePlatform();
            case JunosPlatform.ID -> throw new IllegalArgumentException("junos is driven by JunosDriver, which has no PlatformModel");
            case EosPlatform.ID -> new EosPlatform();
            default -> throw new IllegalArgumentException(
                    "unknown platform '" + platform + "'; known platforms are " + String.join(", ", PLATFORMS));
        };
    }

    /**
     * The YANG knowledge of {@code platform}, given the device's ports in hardware order when its
     * site declares that bridge ports are numbered by position ({@code port_numbers: position}).
     */
    public static PlatformModel model(String platform, Optional<List<String>> declaredPortOrder) {
        return IetfPlatform.ID.equals(platform.toLowerCase(Locale.ROOT)) ? new IetfPlatform(declaredPortOrder) : model(platform);
    }

    /** Opens the driver for {@code platform} on {@code session}; see {@link NetconfDriver#open}. */
    public static PlatformDriver open(String platform, NetconfSession session) {
        return open(platform, session, Clock.systemUTC());
    }

    public static PlatformDriver open(String platform, NetconfSession session, Clock clock) {
        // Junos commits through its own XML API and reads state from its RPCs, so it has a driver of its own
        if (JunosPlatform.ID.equalsIgnoreCase(platform)) return JunosDriver.open(session);
        return NetconfDriver.open(model(platform), session, clock);
    }

    /** As {@link #open(String, NetconfSession, Clock)}, with the site's declared port numbering (see {@link #model(String, Optional)}). */
    public static PlatformDriver open(String platform, NetconfSession session, Clock clock, Optional<List<String>> declaredPortOrder) {
        if (JunosPlatform.ID.equalsIgnoreCase(platform)) return JunosDriver.open(session);
        return NetconfDriver.open(model(platform, declaredPortOrder), session, clock);
    }
}
