package org.switchover.audit;

import java.util.List;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.verify.CheckScope;
import org.switchover.verify.DeviceObservation;
import org.switchover.verify.Finding;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;

/**
 * The state half of an audit: the checks of {@code verify} (ports, links, LLDP, VLAN membership)
 * run on what one device reports, their findings turned into audit findings, path for path.
 *
 * <p>Which VLANs exist on a device is configuration, covered by the compliance diff where the
 * template owns it; the state checks look at what each port carries.
 */
public final class AuditStateCheck {

    private AuditStateCheck() {}

    /** Every state finding for {@code device} given what it reports. */
    public static List<AuditFinding> findings(Site site, Device device, PortsAndNeighbors observed) {
        List<AuditFinding> out = new java.util.ArrayList<>();
        // data the driver could not interpret is a finding on its own leaf; the VLAN membership it
        // leaves incomplete is not judged port by port (that would blame ports for the reader's gap)
        observed.uninterpreted().forEach(u -> out.add(new AuditFinding(device.name(), AuditFindingKind.DATA_UNINTERPRETED, u.path(),
                null, null, u.problem() + "; the VLAN membership of " + device.name() + "'s ports was not checked")));
        boolean membershipKnown = observed.uninterpreted().isEmpty();
        DeviceObservation seen = new DeviceObservation(device.name(), unknownFacts(device), observed.interfaces(), List.of(),
                observed.lldpNeighbors());
        Verifier.verify(site, ObservedState.of(List.of(seen)), CheckScope.deviceState(site, device.name())).stream()
                .filter(f -> membershipKnown || (f.kind() != Finding.Kind.VLAN_MEMBERSHIP && f.kind() != Finding.Kind.VLAN_MISSING))
                .map(AuditStateCheck::toAudit)
                .forEach(out::add);
        return List.copyOf(out);
    }

    /** An audit does not read the hardware facts; the state checks do not look at them. */
    private static DeviceFacts unknownFacts(Device device) {
        return new DeviceFacts(device.name(), device.model(), "", "", List.of());
    }

    static AuditFinding toAudit(Finding f) {
        return new AuditFinding(f.device(), kind(f.kind()), f.path(), f.expected(), f.actual(), f.message());
    }

    private static AuditFindingKind kind(Finding.Kind kind) {
        return switch (kind) {
            case DEVICE_UNREACHABLE -> AuditFindingKind.UNREACHABLE;
            case PORT_MISSING, LINK_DOWN, PORT_ADMIN_STATE, MODEL_MISMATCH -> AuditFindingKind.PORT_DOWN;
            case VLAN_MISSING, VLAN_MEMBERSHIP, SERVICE_UNREACHABLE -> AuditFindingKind.VLAN_MEMBERSHIP;
            case LLDP_MISMATCH, LLDP_MISSING -> AuditFindingKind.CABLING;
        };
    }
}
