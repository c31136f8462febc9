/**
 * Platform drivers: {@link org.switchover.platform.PlatformDrivers} opens the
 * {@link org.switchover.driver.PlatformDriver} for an inventory's platform id. One
 * {@link org.switchover.platform.NetconfDriver} serves every platform; what differs lives in a
 * {@link org.switchover.platform.PlatformModel} per platform ({@code openconfig}, {@code ietf}),
 * the only code that knows YANG paths, and the push mechanics with their capability fallbacks
 * live once in {@link org.switchover.platform.ConfigPush}.
 */
package org.switchover.platform;
