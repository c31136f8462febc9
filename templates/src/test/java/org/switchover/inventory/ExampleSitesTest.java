package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleSitesTest {

    static final Path MINIMAL = Path.of("sites/minimal/site.yaml");
    static final Path CITY = Path.of("sites/city/site.yaml");

    @Test
    void citySiteIsAMunicipalCampusOfAllFivePlatforms() {
        Site site = SiteLoader.defaults().loadOrThrow(CITY);
        assertThat(site.devices().values().stream().filter(d -> d.role() == Role.CORE)).hasSize(2);
        assertThat(site.devices().values().stream().filter(d -> d.role() == Role.DISTRIBUTION)).hasSize(4);
        assertThat(site.devices().values().stream().filter(d -> d.role() == Role.ACCESS)).hasSize(12);
        assertThat(site.devices().values().stream().map(Device::platform).distinct()).containsExactlyInAnyOrder(Platform.values());
        // each vendor's switch with its vendor's port names, ranges expanded
        assertThat(site.device("dist-1").platform()).isEqualTo(Platform.JUNOS);
        assertThat(site.models().get(site.device("dist-1").model()).ports()).hasSize(52).startsWith("xe-0/0/0").endsWith("et-0/0/51");
        assertThat(site.device("dist-2").platform()).isEqualTo(Platform.IOSXE);
        assertThat(site.models().get(site.device("dist-2").model()).ports()).hasSize(52)
                .startsWith("TwentyFiveGigE1/0/1").endsWith("HundredGigE1/0/52");
        assertThat(site.device("acc-9").platform()).isEqualTo(Platform.EOS);
        assertThat(site.device("acc-9").ports().get("Ethernet1").accessVlan()).hasValue(200);
        assertThat(site.device("acc-9").ports().get("Ethernet49").trunkVlans()).isNotEmpty();
        assertThat(site.linkAt("dist-1", "xe-0/0/0")).hasValueSatisfying(l -> assertThat(l.farEnd("dist-1").port()).isEqualTo("up1"));
        assertThat(site.services().keySet()).containsExactly("public-desk", "social-affairs", "cctv", "back-office", "guest-wifi");
        assertThat(site.services().get("public-desk").priority()).isEqualTo(1);
        assertThat(site.services().get("social-affairs").priority()).isEqualTo(1);
        assertThat(site.services().get("cctv").neverDrop()).isTrue();
        assertThat(site.services().get("guest-wifi").priority())
                .isGreaterThan(site.services().values().stream().filter(s -> !s.name().equals("guest-wifi")).mapToInt(Service::priority).max().orElseThrow());
        assertThat(site.services().get("back-office").vlans()).containsExactly(200, 210);
        assertThat(site.links()).hasSize(34);
        assertThat(site.devices().values()).allSatisfy(d -> assertThat(d.management().getHost()).isEqualTo("127.0.0.1"));
        assertThat(site.devices().values().stream().map(d -> d.management().getPort()).distinct()).hasSize(18);
    }

    @Test
    void cityTrunksCarryTheVlansOfTheServicesThatCrossThem() {
        Site site = SiteLoader.defaults().loadOrThrow(CITY);
        // acc-1 has desks (110), printers (210), cameras (300) and access points (400); both uplinks
        // lie on shortest paths to both cores, so both carry all four
        assertThat(site.device("acc-1").ports().get("up1").trunkVlans()).containsExactly(110, 210, 300, 400);
        assertThat(site.device("acc-1").ports().get("up2").trunkVlans()).containsExactly(110, 210, 300, 400);
        // dist-1 to core-1 carries the town hall's services routed on core-1, to core-2 those routed on core-2
        assertThat(site.device("dist-1").ports().get("et-0/0/48").trunkVlans()).containsExactly(110, 120, 400);
        assertThat(site.device("dist-1").ports().get("et-0/0/49").trunkVlans()).containsExactly(210, 300);
        assertThat(site.device("core-1").ports().get("eth3").trunkVlans()).containsExactly(110, 120, 400);
        // the core peer links are pinned in the file
        assertThat(site.device("core-1").ports().get("eth1").trunkVlans()).containsExactly(110, 120, 200, 210, 300, 400);
        assertThat(site.device("core-1").ports().get("eth20").enabled()).isFalse();
    }

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
