package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The branch example: Juniper EX access switches with Junos port names and ranges behind an openconfig core. */
class BranchSiteTest {

    @Test
    void junosDevicesWithJunosPortNamesAndRangesLoad() {
        Site site = SiteLoader.defaults().loadOrThrow(Path.of("sites/branch/site.yaml"));
        assertThat(site.device("ex-1").platform()).isEqualTo(Platform.JUNOS);
        assertThat(site.device("core-1").platform()).isEqualTo(Platform.OPENCONFIG);
        assertThat(site.device("ex-1").ports()).hasSize(28).containsKeys("ge-0/0/0", "ge-0/0/23", "xe-0/1/0", "xe-0/1/3");
        assertThat(site.device("ex-1").ports().get("ge-0/0/16").accessVlan()).hasValue(120);
        assertThat(site.device("ex-1").ports().get("xe-0/1/0").trunkVlans()).containsExactly(110, 120, 300);
        assertThat(site.device("ex-2").ports().get("xe-0/1/0").trunkVlans()).containsExactly(110, 300);
        assertThat(site.device("ex-1").ports().get("ge-0/0/22").enabled()).as("not in the file").isFalse();
    }
}
