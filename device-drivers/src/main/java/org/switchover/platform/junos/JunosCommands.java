package org.switchover.platform.junos;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import org.switchover.platform.DeviceXml;

/**
 * The Junos XML API requests the driver sends, as Juniper's NETCONF and Junos XML protocol guides
 * document them. Commits go through {@code <commit-configuration>}, whose {@code <confirm-timeout>}
 * counts <em>minutes</em> (1..65535, default 10), unlike NETCONF's {@code <commit>}, whose
 * {@code <confirm-timeout>} counts seconds; {@link #confirmMinutes} is the one place that converts.
 * Each commit carries a {@code <log>} comment naming its persist-id, which the commit history
 * ({@code <get-commit-information/>}) shows, so a later session can find it.
 */
final class JunosCommands {

    /** Junos's bounds of a confirmed commit's rollback deadline, in minutes. */
    static final long MIN_MINUTES = 1;
    static final long MAX_MINUTES = 65535;

    private JunosCommands() {}

    /**
     * {@code timeout} in whole minutes, rounded up: the device must never roll back before the
     * deadline the caller plans its checks against (a rollback later than asked only waits longer).
     */
    static long confirmMinutes(Duration timeout) {
        checkArgument(!timeout.isNegative() && !timeout.isZero(), "a confirm timeout must be positive, got %s", timeout);
        long seconds = timeout.toSeconds() + (timeout.toNanosPart() > 0 ? 1 : 0);
        long minutes = (seconds + 59) / 60;
        checkArgument(minutes <= MAX_MINUTES, "a Junos confirmed commit waits at most %s minutes, asked for %s", MAX_MINUTES, timeout);
        return Math.max(MIN_MINUTES, minutes);
    }

    /** The commit comment that marks the confirmed commit {@code persistId}. */
    static String commitLog(String persistId) {
        return "switchover " + persistId;
    }

    /** The commit comment that marks the confirmation of {@code persistId}. */
    static String confirmLog(String persistId) {
        return "switchover confirm " + persistId;
    }

    static String commitConfirmed(Duration timeout, String persistId) {
        return "<commit-configuration><confirmed/><confirm-timeout>" + confirmMinutes(timeout) + "</confirm-timeout><log>"
                + DeviceXml.escape(commitLog(persistId)) + "</log></commit-configuration>";
    }

    /** A plain commit; on Junos it also confirms a pending confirmed commit. */
    static String commit(String log) {
        return "<commit-configuration><log>" + DeviceXml.escape(log) + "</log></commit-configuration>";
    }

    /** Loads the configuration as it was before the last commit into the candidate ({@code rollback 1}). */
    static String loadPreviousCommit() {
        return "<load-configuration rollback=\"1\"/>";
    }

    static String commitInformation() {
        return "<get-commit-information/>";
    }

    static String softwareInformation() {
        return "<get-software-information/>";
    }

    static String chassisInventory() {
        return "<get-chassis-inventory/>";
    }

    static String interfaceInformation() {
        return "<get-interface-information><media/></get-interface-information>";
    }

    static String lldpNeighbors() {
        return "<get-lldp-neighbors-information/>";
    }

    static String switchingInterfaces() {
        return "<get-ethernet-switching-interface-details/>";
    }

    static String vlanInformation() {
        return "<get-vlan-information/>";
    }
}
