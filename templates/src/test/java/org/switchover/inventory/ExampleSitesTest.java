package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleSitesTest {

    static final Path MINIMAL = Path.of("sites/minimal/site.yaml");

    @Test
    void minimalSiteLoadsWithDerivedTrunks() {
        Validation<Seq<InventoryError>, Site> v = SiteLoader.defaults().load(MINIMAL);
        assertThat(v.isValid()).as(() -> v.isInvalid() ? v.getError().mkString("\n") : "").isTrue();
        Site site = v.get();
        assertThat(site.devices()).containsOnlyKeys("core-1", "acc-1", "acc-2");
        Port up = site.device("acc-1").ports().get("up1");
        assertThat(up.mode()).isEqualTo(Port.Mode.TRUNK);
        assertThat(up.trunkVlans()).containsExactly(110, 300);
        assertThat(up.description()).isEqualTo("link to core-1:eth1");
        assertThat(site.device("acc-1").ports().get("eth1").accessVlan()).hasValue(110);
        assertThat(site.device("acc-1").ports().get("eth1").service()).hasValue("office");
        assertThat(site.device("acc-1").ports().get("eth24").enabled()).isFalse();
        assertThat(site.device("acc-2").platform()).isEqualTo(Platform.IETF);
        assertThat(site.services().get("cctv").vlans()).containsExactly(300);
        assertThat(site.device("core-1").credentials()).isInstanceOf(CredentialRef.File.class);
    }
}
