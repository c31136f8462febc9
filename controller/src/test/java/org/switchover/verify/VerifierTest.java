package org.switchover.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.verify.SmallSite.healthy;
import static org.switchover.verify.SmallSite.operDown;
import static org.switchover.verify.SmallSite.with;
import static org.switchover.verify.SmallSite.withPort;
import static org.switchover.verify.SmallSite.without;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;

class VerifierTest {

    private final Site site = SmallSite.site();

    private List<Finding> verifyAll(ObservedState observed) {
        return Verifier.verify(site, observed, CheckScope.wholeSite(site, observed));
    }

    @Test
    void aSiteAsIntendedHasNoFindings() {
        List<Finding> findings = verifyAll(healthy(site));
        assertThat(findings).isEmpty();
        assertThat(Verifier.passed(findings)).isTrue();
    }

    @Test
    void aDownLinkIsNamedAtTheEndThatIsDownButRedundancyKeepsServices() {
        ObservedState observed = healthy(site);
        observed = with(observed, withPort(observed.devices().get("dist-1"), "Eth49", SmallSite::operDown));
        observed = with(observed, withPort(observed.devices().get("core-1"), "Eth49", SmallSite::operDown));

        List<Finding> findings = verifyAll(observed);

        assertThat(findings).extracting(Finding::kind).containsOnly(Finding.Kind.LINK_DOWN);
        assertThat(findings).extracting(Finding::where).containsExactlyInAnyOrder(
                "core-1 /state/interface[name=Eth49]/oper-status", "dist-1 /state/interface[name=Eth49]/oper-status");
        assertThat(findings.get(0).message()).contains("core-1:Eth49 <-> dist-1:Eth49").contains("oper down");
    }

    @Test
    void aMisCabledLinkNamesBothEndsExpectedAndActual() {
        ObservedState observed = healthy(site);
        DeviceObservation core = observed.devices().get("core-1");
        List<LldpNeighbor> lldp = new ArrayList<>(core.lldp().stream().filter(n -> !n.localPort().equals("Eth49")).toList());
        lldp.add(new LldpNeighbor("Eth49", "dist-2", "Eth49"));
        observed = with(observed, new DeviceObservation("core-1", core.facts(), core.interfaces(), core.vlans(), lldp));

        List<Finding> findings = verifyAll(observed);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.LLDP_MISMATCH);
            assertThat(f.where()).isEqualTo("core-1 /state/lldp/neighbor[port=Eth49]");
            assertThat(f.message()).contains("core-1:Eth49 should face dist-1:Eth49 but hears dist-2:Eth49");
        });
    }

    @Test
    void anUpPortHearingNobodyIsReported() {
        ObservedState observed = healthy(site);
        DeviceObservation acc = observed.devices().get("acc-1");
        observed = with(observed, new DeviceObservation("acc-1", acc.facts(), acc.interfaces(), acc.vlans(), List.of()));

        assertThat(verifyAll(observed)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.LLDP_MISSING))
                .satisfies(f -> assertThat(f.message()).contains("expected dist-1:Eth1"));
    }

    @Test
    void aNeighbourAdvertisingItsQualifiedOrUpperCaseNamePassesAsTheAuditSays() {
        ObservedState observed = healthy(site);
        DeviceObservation core = observed.devices().get("core-1");
        List<LldpNeighbor> lldp = core.lldp().stream()
                .map(n -> n.localPort().equals("Eth49") ? new LldpNeighbor("Eth49", "dist-1.city.example", "Eth49")
                        : new LldpNeighbor(n.localPort(), n.remoteSystemName().toUpperCase(java.util.Locale.ROOT), n.remotePortId().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        observed = with(observed, new DeviceObservation("core-1", core.facts(), core.interfaces(), core.vlans(), lldp));

        assertThat(verifyAll(observed)).isEmpty();
        assertThat(LldpNames.sameSystem("dist-1", "dist-10.city.example")).isFalse();
    }

    @Test
    void aSiteSwitchHeardOnAPortTheSiteCablesNothingToIsAMovedCable() {
        ObservedState observed = healthy(site);
        DeviceObservation acc = observed.devices().get("acc-1");
        List<LldpNeighbor> lldp = new ArrayList<>(acc.lldp());
        lldp.add(new LldpNeighbor("Eth1", "dist-2.city.example", "Eth7"));
        lldp.add(new LldpNeighbor("Eth2", "ip-phone-17", "port1"));
        observed = with(observed, new DeviceObservation("acc-1", acc.facts(), acc.interfaces(), acc.vlans(), lldp));

        assertThat(verifyAll(observed)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.LLDP_MISMATCH);
            assertThat(f.where()).isEqualTo("acc-1 /state/lldp/neighbor[port=Eth1]");
            assertThat(f.expected()).isNull();
            assertThat(f.actual()).isEqualTo("dist-2.city.example:Eth7");
        });
    }

    @Test
    void aTrunkMissingAVlanCutsTheServiceBehindIt() {
        ObservedState observed = healthy(site);
        observed = with(observed, withPort(observed.devices().get("dist-2"), "Eth1", i -> new InterfaceState(i.name(),
                i.description(), true, i.operStatus(), i.mode(), i.accessVlan(), Set.of(10), i.speedMbps())));

        List<Finding> findings = verifyAll(observed);

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.VLAN_MEMBERSHIP);
            assertThat(f.where()).isEqualTo("dist-2 /state/interface[name=Eth1]/vlans");
            assertThat(f.message()).contains("missing [20]");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.SERVICE_UNREACHABLE);
            assertThat(f.where()).isEqualTo("acc-2 /services/service[name=finance]/vlan[id=20]");
            assertThat(f.message()).contains("acc-2:Eth2").contains("VLAN 20");
        });
        assertThat(findings).noneSatisfy(f -> assertThat(f.path()).startsWith("/services/service[name=public]"));
    }

    @Test
    void aMissingVlanOnTheDeviceIsReported() {
        ObservedState observed = healthy(site);
        DeviceObservation acc = observed.devices().get("acc-2");
        observed = with(observed, new DeviceObservation("acc-2", acc.facts(), acc.interfaces(),
                acc.vlans().stream().filter(v -> v.id() != 20).toList(), acc.lldp()));

        assertThat(verifyAll(observed)).extracting(Finding::where).contains("acc-2 /state/vlan[id=20]");
    }

    @Test
    void anAccessPortAdminDownIsNotServed() {
        ObservedState observed = healthy(site);
        observed = with(observed, withPort(observed.devices().get("acc-1"), "Eth3", i -> new InterfaceState(i.name(),
                i.description(), false, InterfaceState.OperStatus.DOWN, i.mode(), i.accessVlan(), i.trunkVlans(), 0)));

        List<Finding> findings = verifyAll(observed);
        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.PORT_ADMIN_STATE, Finding.Kind.SERVICE_UNREACHABLE);
        assertThat(findings.get(0).where()).isEqualTo("acc-1 /state/interface[name=Eth3]/admin-status");
        assertThat(findings.get(1)).satisfies(f -> {
            assertThat(f.where()).isEqualTo("acc-1 /services/service[name=cctv]/vlan[id=30]");
            assertThat(f.message()).contains("acc-1:Eth3").contains("not admin up");
        });
    }

    @Test
    void aDeviceThatRefusedTheLoginIsReportedWithThatCauseNotAsSilent() {
        String why = "SSH authentication as 'admin' failed on 127.0.0.1:8830; check the username and password";
        ObservedState observed = new ObservedState(without(healthy(site), "dist-2").devices(), java.util.Map.of("dist-2", why));

        List<Finding> findings = verifyAll(observed);

        assertThat(findings).filteredOn(f -> f.kind() == Finding.Kind.DEVICE_UNREACHABLE)
                .extracting(Finding::message).containsExactly("could not read dist-2: " + why);
    }

    @Test
    void anUnreachableDeviceIsReportedAndWhatHangsOffItIsNotExpected() {
        ObservedState observed = without(healthy(site), "dist-2");
        // acc-2 hangs off dist-2 alone: it cannot reach, but nothing expects it to while dist-2 is gone
        observed = with(observed, withPort(observed.devices().get("acc-2"), "Eth49", SmallSite::operDown));

        List<Finding> findings = verifyAll(observed);

        assertThat(findings).filteredOn(f -> f.kind() == Finding.Kind.DEVICE_UNREACHABLE)
                .extracting(Finding::where).containsExactly("dist-2 /");
        assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.SERVICE_UNREACHABLE));
    }

    @Test
    void whenBothCoresAreUpButTheCctvGatewayIsCutOffCamerasAreUnreachable() {
        ObservedState observed = healthy(site);
        // core-1 (the cctv gateway) loses every link: cameras on acc-1 cannot reach it
        for (String port : List.of("Eth49", "Eth50", "Eth51")) {
            observed = with(observed, withPort(observed.devices().get("core-1"), port, SmallSite::operDown));
        }
        List<Finding> findings = verifyAll(observed);
        assertThat(findings).filteredOn(f -> f.kind() == Finding.Kind.SERVICE_UNREACHABLE)
                .extracting(Finding::where).containsExactly("acc-1 /services/service[name=cctv]/vlan[id=30]");
    }

    @Test
    void portsALaterWaveBringsUpAreNotExpectedToCarryTraffic() {
        ObservedState observed = healthy(site);
        observed = with(observed, withPort(observed.devices().get("acc-2"), "Eth49", SmallSite::operDown));
        Link.Endpoint accUplink = new Link.Endpoint("acc-2", "Eth49");

        List<Finding> now = ReachabilityCheck.check(site, observed, Set.of("public", "finance"), Set.of(), Set.of(accUplink));
        List<Finding> expectedUp = ReachabilityCheck.check(site, observed, Set.of("public", "finance"), Set.of(), Set.of());

        assertThat(now).isEmpty();
        assertThat(expectedUp).extracting(Finding::where).containsExactlyInAnyOrder(
                "acc-2 /services/service[name=public]/vlan[id=10]", "acc-2 /services/service[name=finance]/vlan[id=20]");
    }

    @Test
    void aDeviceWithoutAVlanTableIsCheckedOnPortMembershipAlone() {
        ObservedState observed = healthy(site);
        for (String d : List.of("core-1", "acc-1")) {
            DeviceObservation o = observed.devices().get(d);
            observed = with(observed, new DeviceObservation(d, o.facts(), o.interfaces(), List.of(), o.lldp()));
        }
        assertThat(verifyAll(observed)).isEmpty();
    }

    @Test
    void operDownHelperKeepsAdminState() {
        InterfaceState i = healthy(site, "core-1").port("Eth49").orElseThrow();
        assertThat(operDown(i).adminUp()).isTrue();
        assertThat(operDown(i).operUp()).isFalse();
    }
}
