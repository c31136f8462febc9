package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A site whose models name ports as Cisco, Juniper and Arista do: ranges, links, ports and platform all resolve. */
class VendorPortNamesTest {

    static final String SITE = """
            site:
              name: vendors
            defaults:
              platform: iosxe
              credentials: { username: admin, secret: env:SW_PASSWORD }
            models:
              c9300-48: { ports: [GigabitEthernet1/0/1-48, TenGigabitEthernet1/1/1-4], uplinks: [TenGigabitEthernet1/1/1-4] }
              ex-48: { ports: [ge-0/0/0-47, xe-0/1/0-xe-0/1/3] }
              dcs-48: { ports: [Ethernet1-48, Ethernet49/1-4] }
            services:
              office: { priority: 1, gateway: core-1 }
            vlans:
              - { id: 10, name: office, service: office }
            devices:
              core-1:
                role: core
                model: dcs-48
                platform: openconfig
                management: 127.0.0.1:9001
              dist-1:
                role: distribution
                model: ex-48
                platform: openconfig
                management: 127.0.0.1:9002
              acc-1:
                role: access
                model: c9300-48
                management: 127.0.0.1:9003
                ports:
                  GigabitEthernet1/0/1-24: { description: Desk, vlan: 10 }
                  GigabitEthernet1/0/25: { description: Printer, vlan: 10 }
            links:
              - { a: "core-1:Ethernet49/1", b: "dist-1:xe-0/1/0" }
              - { a: "dist-1:ge-0/0/47", b: "acc-1:TenGigabitEthernet1/1/1" }
            """;

    @Test
    void ciscoRangesExpandAndTheDefaultPlatformApplies() {
        Site site = load().get();
        Device acc = site.device("acc-1");
        assertThat(acc.platform()).isEqualTo(Platform.IOSXE);
        assertThat(site.models().get("c9300-48").ports()).hasSize(52)
                .startsWith("GigabitEthernet1/0/1", "GigabitEthernet1/0/2").endsWith("TenGigabitEthernet1/1/4");
        assertThat(acc.ports().get("GigabitEthernet1/0/24").accessVlan()).hasValue(10);
        assertThat(acc.ports().get("GigabitEthernet1/0/25").description()).isEqualTo("Printer");
        assertThat(acc.ports().get("GigabitEthernet1/0/26").enabled()).isFalse();
    }

    @Test
    void junosAndAristaNamesWorkOnLinks() {
        Site site = load().get();
        assertThat(site.models().get("ex-48").ports()).hasSize(52).startsWith("ge-0/0/0").contains("ge-0/0/47", "xe-0/1/3");
        assertThat(site.models().get("dcs-48").ports()).hasSize(52).endsWith("Ethernet49/4");
        assertThat(site.linkAt("dist-1", "ge-0/0/47")).hasValueSatisfying(l -> assertThat(l.farEnd("dist-1").port())
                .isEqualTo("TenGigabitEthernet1/1/1"));
        // the access VLAN travels up the derived trunks, whatever the ports are called
        assertThat(site.device("acc-1").ports().get("TenGigabitEthernet1/1/1").trunkVlans()).containsExactly(10);
        assertThat(site.device("core-1").ports().get("Ethernet49/1").trunkVlans()).containsExactly(10);
    }

    @Test
    void aChannelizedJunosPortIsALinkEnd() {
        // a 40G port broken out into 4x10G: xe-0/2/0:0..3, the colon part of the port's name
        Site site = SiteLoader.defaults().parse(Path.of("/sites/v/site.yaml"), SITE
                .replace("ex-48: { ports: [ge-0/0/0-47, xe-0/1/0-xe-0/1/3] }", "ex-48: { ports: [ge-0/0/0-47, xe-0/1/0-xe-0/1/3, xe-0/2/0:0-3] }")
                .replace("b: \"dist-1:xe-0/1/0\"", "b: \"dist-1:xe-0/2/0:1\"")).get();
        assertThat(site.models().get("ex-48").ports()).endsWith("xe-0/2/0:0", "xe-0/2/0:1", "xe-0/2/0:2", "xe-0/2/0:3");
        assertThat(site.linkAt("dist-1", "xe-0/2/0:1")).hasValueSatisfying(l -> assertThat(l.farEnd("dist-1").port())
                .isEqualTo("Ethernet49/1"));
        assertThat(site.device("dist-1").ports().get("xe-0/2/0:1").trunkVlans()).containsExactly(10);
    }

    @Test
    void aPortTheModelLacksIsNamedWithTheModelsRanges() {
        Validation<Seq<InventoryError>, Site> v = SiteLoader.defaults().parse(Path.of("/sites/v/site.yaml"),
                SITE.replace("GigabitEthernet1/0/25:", "GigabitEthernet1/0/49:"));
        assertThat(v.isInvalid()).isTrue();
        assertThat(v.getError().map(InventoryError::message).asJava()).anySatisfy(m -> assertThat(m)
                .contains("GigabitEthernet1/0/49").contains("GigabitEthernet1/0/1..GigabitEthernet1/0/48"));
    }

    private static Validation<Seq<InventoryError>, Site> load() {
        return SiteLoader.defaults().parse(Path.of("/sites/v/site.yaml"), SITE);
    }
}
