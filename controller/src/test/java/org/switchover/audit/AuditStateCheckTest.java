package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.audit.AuditFixtures.healthy;
import static org.switchover.audit.AuditFixtures.site;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.InterfaceState.OperStatus;
import org.switchover.driver.InterfaceState.PortMode;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.Site;

class AuditStateCheckTest {

    private final Site site = site();

    private List<AuditFinding> check(String device, PortsAndNeighbors observed) {
        return AuditStateCheck.findings(site, site.device(device), observed);
    }

    private static PortsAndNeighbors withInterface(PortsAndNeighbors o, String port, UnaryOperator<InterfaceState> change) {
        List<InterfaceState> ifs = o.interfaces().stream().map(i -> i.name().equals(port) ? change.apply(i) : i).toList();
        return new PortsAndNeighbors(ifs, o.lldpNeighbors());
    }

    private static InterfaceState oper(InterfaceState i, boolean admin, OperStatus status) {
        return new InterfaceState(i.name(), i.description(), admin, status, i.mode(), i.accessVlan(), i.trunkVlans(), i.speedMbps());
    }

    @Test
    void aHealthyDeviceHasNoStateFindings() {
        for (String d : site.devices().keySet()) assertThat(check(d, healthy(site, d))).as(d).isEmpty();
    }

    @Test
    void anAdministrativelyShutPortThatShouldBeUpIsPortDown() {
        var observed = withInterface(healthy(site, "acc1"), "ge-0/0/1", i -> oper(i, false, OperStatus.DOWN));
        assertThat(check("acc1", observed)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AuditFindingKind.PORT_DOWN);
            assertThat(f.path()).isEqualTo("/state/interface[name=ge-0/0/1]/admin-status");
            assertThat(f.expected()).isEqualTo("up");
            assertThat(f.actual()).isEqualTo("down");
        });
    }

    @Test
    void aCabledPortOperationallyDownNamesItsFarEndAndIsNotAlsoCablingDrift() {
        PortsAndNeighbors base = withInterface(healthy(site, "core1"), "ge-0/0/2", i -> oper(i, true, OperStatus.DOWN));
        List<LldpNeighbor> lldp = base.lldpNeighbors().stream().filter(n -> !n.localPort().equals("ge-0/0/2")).toList();
        var findings = check("core1", new PortsAndNeighbors(base.interfaces(), lldp));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AuditFindingKind.PORT_DOWN);
            assertThat(f.message()).contains("acc2:ge-0/0/48").contains("down");
        });
    }

    @Test
    void anEnabledPortWithoutCableMayBeOperationallyDown() {
        var observed = withInterface(healthy(site, "acc1"), "ge-0/0/3", i -> oper(i, true, OperStatus.DOWN));
        assertThat(check("acc1", observed)).isEmpty();
    }

    @Test
    void aDisabledPortIsNeverPortDown() {
        var observed = withInterface(healthy(site, "core1"), "ge-0/0/3", i -> oper(i, false, OperStatus.DOWN));
        assertThat(check("core1", observed)).isEmpty();
    }

    @Test
    void aPortTheDeviceDoesNotReportIsPortDown() {
        var o = healthy(site, "acc1");
        var ifs = o.interfaces().stream().filter(i -> !i.name().equals("ge-0/0/1")).toList();
        assertThat(check("acc1", new PortsAndNeighbors(ifs, o.lldpNeighbors())))
                .extracting(AuditFinding::kind, AuditFinding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFindingKind.PORT_DOWN, "/state/interface[name=ge-0/0/1]/oper-status"));
    }

    @Test
    void aWrongAccessVlanIsVlanMembershipDrift() {
        var observed = withInterface(healthy(site, "acc1"), "ge-0/0/1", i -> new InterfaceState(i.name(), i.description(),
                true, OperStatus.UP, PortMode.ACCESS, OptionalInt.of(20), Set.of(), 1000));
        assertThat(check("acc1", observed)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AuditFindingKind.VLAN_MEMBERSHIP);
            assertThat(f.expected()).isEqualTo("access 10");
            assertThat(f.actual()).isEqualTo("access 20");
        });
    }

    @Test
    void aTrunkMissingAVlanIsVlanMembershipDrift() {
        var observed = withInterface(healthy(site, "core1"), "ge-0/0/1", i -> new InterfaceState(i.name(), i.description(),
                true, OperStatus.UP, PortMode.TRUNK, OptionalInt.empty(), Set.of(10), 1000));
        assertThat(check("core1", observed)).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("trunk [10, 20]");
            assertThat(f.actual()).isEqualTo("trunk [10]");
        });
    }

    @Test
    void aMovedCableIsCablingDriftOnBothEndsItTouches() {
        // the cable from core1:ge-0/0/2 now goes to acc1:ge-0/0/3 instead of acc2:ge-0/0/48
        var core = healthy(site, "core1");
        var coreLldp = new ArrayList<>(core.lldpNeighbors().stream().filter(n -> !n.localPort().equals("ge-0/0/2")).toList());
        coreLldp.add(new LldpNeighbor("ge-0/0/2", "acc1.city.example", "ge-0/0/3"));
        assertThat(check("core1", new PortsAndNeighbors(core.interfaces(), coreLldp))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AuditFindingKind.CABLING);
            assertThat(f.path()).isEqualTo("/state/lldp/neighbor[port=ge-0/0/2]");
            assertThat(f.expected()).isEqualTo("acc2:ge-0/0/48");
            assertThat(f.actual()).isEqualTo("acc1.city.example:ge-0/0/3");
        });
        var acc1 = healthy(site, "acc1");
        var accLldp = new ArrayList<>(acc1.lldpNeighbors());
        accLldp.add(new LldpNeighbor("ge-0/0/3", "core1", "ge-0/0/2"));
        assertThat(check("acc1", new PortsAndNeighbors(acc1.interfaces(), accLldp))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AuditFindingKind.CABLING);
            assertThat(f.expected()).isNull();
            assertThat(f.message()).contains("cables nothing there");
        });
    }

    @Test
    void anUpCabledPortHearingNobodyIsCablingDrift() {
        var o = healthy(site, "acc2");
        assertThat(check("acc2", new PortsAndNeighbors(o.interfaces(), List.of())))
                .extracting(AuditFinding::kind).containsExactly(AuditFindingKind.CABLING);
    }

    @Test
    void neighboursOutsideTheSiteAndQualifiedNamesAreNotDrift() {
        var o = healthy(site, "acc1");
        var lldp = new ArrayList<>(List.of(new LldpNeighbor("ge-0/0/48", "CORE1.city.example", "GE-0/0/1")));
        lldp.add(new LldpNeighbor("ge-0/0/1", "ip-phone-1234", "port1"));
        assertThat(check("acc1", new PortsAndNeighbors(o.interfaces(), lldp))).isEmpty();
        assertThat(org.switchover.verify.LldpNames.sameSystem("core1", "core10")).isFalse();
    }
}
