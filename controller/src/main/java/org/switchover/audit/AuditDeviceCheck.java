package org.switchover.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.MalformedDeviceDataException;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.netconf.HostKeyRefusedException;
import org.switchover.netconf.NetconfException;
import org.switchover.netconf.SessionDroppedException;
import org.switchover.netconf.TransportException;

/**
 * Audits one device: reads the running config of the subtrees golden owns and the state, and
 * compares both with intent. Read-only. Device and network failures become findings, so one
 * device's trouble is its own line in the report and never an exception for the rest.
 */
final class AuditDeviceCheck {

    private final AuditSessions sessions;

    /** @param sessions lends each device a session within the audit's per-device timeout */
    AuditDeviceCheck(AuditSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * The raw findings (before suppressions). {@code driverSlot} receives the driver in use so a
     * watchdog can close it when the device overruns its timeout.
     */
    List<AuditFinding> findings(Site site, Device device, ConfigPayload golden,
            AtomicReference<PlatformDriver> driverSlot) {
        String name = device.name();
        try {
            AuditSessions.Lent session = sessions.borrow(device);
            try {
                return read(site, device, golden, session, driverSlot);
            } catch (SessionDroppedException | TransportException e) {
                if (!session.reused()) throw e;
                // a session kept since the last round may have been dropped by the device meanwhile:
                // that says nothing about the device now, so ask once more on a new session
                return read(site, device, golden, sessions.borrow(device), driverSlot);
            }
        } catch (HostKeyRefusedException e) {
            return List.of(hostKey(device, e));
        } catch (NetconfException e) {
            return List.of(unreachable(name, "could not audit " + name + " at " + device.management() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // data no parser expected is still this device's problem, not the whole audit's
            return List.of(unreachable(name, "could not audit " + name + " at " + device.management()
                    + ": unexpected answer (" + e + ")"));
        }
    }

    /** Reads and compares on {@code session}, giving it back to be kept only when nothing failed. */
    private List<AuditFinding> read(Site site, Device device, ConfigPayload golden, AuditSessions.Lent session,
            AtomicReference<PlatformDriver> driverSlot) {
        boolean healthy = false;
        try {
            PlatformDriver driver = session.driver();
            driverSlot.set(driver);
            List<AuditFinding> out = new ArrayList<>();
            try {
                out.addAll(AuditConfigFindings.of(device.name(), driver.compliance(golden)));
            } catch (MalformedDeviceDataException e) {
                out.add(uninterpreted(device.name(), e));
            }
            try {
                PortsAndNeighbors observed = driver.portsAndNeighbors();
                out.addAll(AuditStateCheck.findings(site, device, observed));
            } catch (MalformedDeviceDataException e) {
                out.add(uninterpreted(device.name(), e));
            }
            healthy = !Thread.currentThread().isInterrupted();
            return out;
        } finally {
            sessions.giveBack(session, healthy);
        }
    }

    /** The device answered with data its model does not allow: a finding on that leaf, not an unreachable device. */
    private static AuditFinding uninterpreted(String device, MalformedDeviceDataException e) {
        return new AuditFinding(device, AuditFindingKind.DATA_UNINTERPRETED, e.path(), null, null, e.getMessage());
    }

    static AuditFinding unreachable(String device, String message) {
        return new AuditFinding(device, AuditFindingKind.UNREACHABLE, "/", null, null, message);
    }

    private static AuditFinding hostKey(Device device, HostKeyRefusedException e) {
        if (e.reason() == HostKeyRefusedException.Reason.CHANGED) {
            return new AuditFinding(device.name(), AuditFindingKind.HOST_KEY_CHANGED, "/ssh/host-key",
                    e.knownFingerprint().orElse(null), e.presentedFingerprint(), e.getMessage());
        }
        // an unknown key is a setup gap, not evidence of tampering; the message says how to close it
        return unreachable(device.name(), e.getMessage());
    }
}
