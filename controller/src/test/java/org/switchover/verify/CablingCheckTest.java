package org.switchover.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.verify.SmallSite.healthy;
import static org.switchover.verify.SmallSite.with;
import static org.switchover.verify.SmallSite.withPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.inventory.Site;

class CablingCheckTest {

    private final Site site = SmallSite.site();

    /** dist-1's replacement as it reports once racked: every cable where the site says. */
    private DeviceObservation racked() {
        return healthy(site).devices().get("dist-1");
    }

    private static DeviceObservation withLldp(DeviceObservation o, List<LldpNeighbor> lldp) {
        return new DeviceObservation(o.device(), o.facts(), o.interfaces(), o.vlans(), lldp);
    }

    @Test
    void aSpareRackedAsTheSiteSaysPasses() {
        assertThat(CablingCheck.preflight(site, "dist-1", racked(), healthy(site), Set.of())).isEmpty();
    }

    @Test
    void aSpareWhoseCablesWereNotMovedIsBlockedOnEachPortWhoseFarEndIsUp() {
        DeviceObservation unracked = racked();
        for (String p : List.of("Eth49", "Eth50", "Eth1")) unracked = withPort(unracked, p, SmallSite::operDown);
        unracked = withLldp(unracked, List.of());

        List<Finding> findings = CablingCheck.preflight(site, "dist-1", unracked, healthy(site), Set.of());

        assertThat(findings).allMatch(Finding::isError).extracting(Finding::where).containsExactlyInAnyOrder(
                "dist-1 /state/lldp/neighbor[port=Eth49]", "dist-1 /state/lldp/neighbor[port=Eth50]", "dist-1 /state/lldp/neighbor[port=Eth1]");
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("Eth49 should face core-1:Eth49"));
    }

    @Test
    void aFarEndThatIsShutOrReplacedLaterCannotBeJudgedYet() {
        // core-2 is replaced later in the run: its spare, still under its factory name, already answers on Eth50
        List<LldpNeighbor> lldp = new ArrayList<>(racked().lldp().stream().filter(n -> n.localPort().equals("Eth1")).toList());
        lldp.add(new LldpNeighbor("Eth50", "spare-7", "Eth50"));
        DeviceObservation unracked = withLldp(withPort(racked(), "Eth49", SmallSite::operDown), lldp);
        ObservedState around = healthy(site);
        around = with(around, withPort(around.devices().get("core-1"), "Eth49", i -> new InterfaceState(i.name(), i.description(),
                false, InterfaceState.OperStatus.DOWN, i.mode(), i.accessVlan(), i.trunkVlans(), 0)));

        List<Finding> findings = CablingCheck.preflight(site, "dist-1", unracked, around, Set.of("core-2"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("core-1:Eth49 is shut");
        });
    }

    @Test
    void aWrongFarEndOrASiteSwitchOnAnUncabledPortIsBlocked() {
        List<LldpNeighbor> lldp = new ArrayList<>(racked().lldp().stream().filter(n -> !n.localPort().equals("Eth1")).toList());
        lldp.add(new LldpNeighbor("Eth1", "acc-2", "Eth49"));
        lldp.add(new LldpNeighbor("Eth2", "ACC-1.city.example", "Eth49"));

        List<Finding> findings = CablingCheck.preflight(site, "dist-1", withLldp(racked(), lldp), healthy(site), Set.of());

        assertThat(findings).allMatch(Finding::isError).extracting(Finding::path)
                .containsExactly("/state/lldp/neighbor[port=Eth1]", "/state/lldp/neighbor[port=Eth2]");
        assertThat(findings.get(0).actual()).isEqualTo("acc-2:Eth49");
        assertThat(findings.get(0).expected()).isEqualTo("acc-1:Eth49");
    }
}
