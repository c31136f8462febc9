package org.switchover.driver;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The device does not speak the platform the inventory says it runs: capabilities or YANG
 * modules the driver needs are missing. {@link #missing()} lists them so the message can say
 * what to enable on the device or which platform to put in the inventory.
 */
public class PlatformMismatchException extends DriverException {
    private static final long serialVersionUID = 1L;

    private final String platform;
    private final List<String> missing;

    public PlatformMismatchException(String device, String platform, List<String> missing) {
        this(device, platform, missing, List.of());
    }

    /** As above; {@code seen} are the platforms whose modules the device does implement, named in the message. */
    public PlatformMismatchException(String device, String platform, List<String> missing, List<String> seen) {
        this(device, platform, missing, device + " does not look like a '" + platform + "' switch: missing " + String.join(", ", missing)
                + (seen.isEmpty() ? "" : "; it speaks " + String.join(", ", seen.stream().map(p -> "'" + p + "'").toList()))
                + "; check the platform in the inventory or enable these on the device");
    }

    private PlatformMismatchException(String device, String platform, List<String> missing, String message) {
        super(device, message);
        this.platform = platform;
        this.missing = ImmutableList.copyOf(missing);
    }

    /**
     * The device announces another platform than the inventory's: {@code seenPlatform}, given away
     * by {@code evidence} (module names).
     */
    public static PlatformMismatchException seen(String device, String platform, String seenPlatform, String vendor,
            List<String> evidence) {
        return new PlatformMismatchException(device, platform, List.of("platform " + platform),
                device + " is " + vendor + " (it announces " + String.join(", ", evidence) + "), not a '" + platform
                        + "' switch; set platform: " + seenPlatform + " for it in the inventory");
    }

    public String platform() {
        return platform;
    }

    public List<String> missing() {
        return missing;
    }
}
