package org.switchover.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

class HardwareCheckTest {

    private final Site site = SmallSite.site();
    private final Device core = site.device("core-1");

    @Test
    void theRightModelPasses() {
        assertThat(HardwareCheck.check(core, Optional.of(site.models().get("sw-52")), SmallSite.facts("x", "sw-52", 52), "new"))
                .isEmpty();
    }

    @Test
    void aSmallerSwitchForABiggerRoleIsRefusedClearly() {
        List<Finding> findings = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")),
                SmallSite.facts("factory", "sw-24", 24), "the new switch at 127.0.0.1:2201");

        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.MODEL_MISMATCH, Finding.Kind.PORT_MISSING);
        assertThat(findings).allMatch(Finding::isError);
        assertThat(findings.get(0).message())
                .contains("the new switch at 127.0.0.1:2201 reports model 'sw-24' (24 ports)")
                .contains("core-1 is a sw-52 (52 ports)")
                .contains("rack a sw-52");
        assertThat(findings.get(1).message()).contains("has no port Eth49..Eth51").contains("3 of the 3 ports");
    }

    @Test
    void aDeviceReportingNoModelIsJudgedByItsPortsWithAWarning() {
        List<Finding> fits = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")), SmallSite.facts("x", "", 52), "new");
        assertThat(fits).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.kind()).isEqualTo(Finding.Kind.MODEL_MISMATCH);
            assertThat(f.message()).contains("new reports no hardware model").contains("52 ports were compared");
        });
        List<Finding> tooSmall = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")), SmallSite.facts("x", "", 24), "new");
        assertThat(tooSmall).filteredOn(Finding::isError).extracting(Finding::kind).containsExactly(Finding.Kind.PORT_MISSING);
        List<Finding> nothing = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")),
                new org.switchover.driver.DeviceFacts("x", "", "", "", List.of()), "new");
        assertThat(nothing).singleElement().satisfies(f -> assertThat(f.isError()).isTrue());
    }

    @Test
    void acceptModelTurnsAMismatchIntoAWarningButPortsStillCount() {
        List<Finding> accepted = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")),
                SmallSite.facts("x", "sw-52-rev2", 52), "new", true);
        assertThat(accepted).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("reports model 'sw-52-rev2'").contains("accepted by --accept-model");
        });
        List<Finding> refused = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")),
                SmallSite.facts("x", "sw-52-rev2", 52), "new", false);
        assertThat(refused).singleElement().satisfies(f -> assertThat(f.message()).contains("or pass --accept-model"));
        assertThat(refused).allMatch(Finding::isError);
        List<Finding> smaller = HardwareCheck.check(core, Optional.of(site.models().get("sw-52")),
                SmallSite.facts("x", "sw-24", 24), "new", true);
        assertThat(smaller).filteredOn(Finding::isError).extracting(Finding::kind).containsExactly(Finding.Kind.PORT_MISSING);
    }

    @Test
    void portListsAreSummarisedAsRanges() {
        assertThat(PortRanges.summarize(List.of("Eth1", "Eth2", "Eth3", "Eth7", "Eth9", "Eth10"))).isEqualTo("Eth1..Eth3, Eth7, Eth9, Eth10");
        assertThat(PortRanges.summarize(List.of("GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "GigabitEthernet1/0/3",
                "GigabitEthernet2/0/4", "ge-0/0/0", "ge-0/0/1", "ge-0/0/2")))
                .isEqualTo("GigabitEthernet1/0/1..GigabitEthernet1/0/3, GigabitEthernet2/0/4, ge-0/0/0..ge-0/0/2");
    }
}
