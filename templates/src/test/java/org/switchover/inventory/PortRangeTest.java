package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Port names and ranges in each vendor's convention: the range is always the last number. */
class PortRangeTest {

    @Test
    void ciscoStyleRangesCountTheLastNumber() {
        assertThat(PortRange.expand("GigabitEthernet1/0/1-48", List.of())).hasValueSatisfying(names -> {
            assertThat(names).hasSize(48);
            assertThat(names.get(0)).isEqualTo("GigabitEthernet1/0/1");
            assertThat(names.get(47)).isEqualTo("GigabitEthernet1/0/48");
        });
        assertThat(PortRange.expand("TenGigabitEthernet1/1/1-TenGigabitEthernet1/1/4", List.of()))
                .contains(List.of("TenGigabitEthernet1/1/1", "TenGigabitEthernet1/1/2", "TenGigabitEthernet1/1/3", "TenGigabitEthernet1/1/4"));
    }

    @Test
    void junosStyleNamesKeepTheirDashes() {
        assertThat(PortRange.expand("ge-0/0/0-47", List.of())).hasValueSatisfying(names -> {
            assertThat(names).hasSize(48).startsWith("ge-0/0/0", "ge-0/0/1").endsWith("ge-0/0/47");
        });
        // one port, not a range: the dash is part of the name
        assertThat(PortRange.expand("ge-0/0/5", List.of())).contains(List.of("ge-0/0/5"));
        assertThat(PortRange.expand("xe-0/1/0-xe-0/1/3", List.of()))
                .contains(List.of("xe-0/1/0", "xe-0/1/1", "xe-0/1/2", "xe-0/1/3"));
    }

    @Test
    void aristaAndGenericStyles() {
        assertThat(PortRange.expand("Ethernet1-48", List.of()))
                .contains(IntStream.rangeClosed(1, 48).mapToObj(i -> "Ethernet" + i).toList());
        assertThat(PortRange.expand("Ethernet49/1-4", List.of()))
                .contains(List.of("Ethernet49/1", "Ethernet49/2", "Ethernet49/3", "Ethernet49/4"));
        assertThat(PortRange.expand("eth1-eth3", List.of())).contains(List.of("eth1", "eth2", "eth3"));
    }

    @Test
    void aNameTheModelHasLiterallyIsNotARange() {
        assertThat(PortRange.expand("mgmt-1-2", List.of("mgmt-1-2"))).contains(List.of("mgmt-1-2"));
    }

    @Test
    void backwardsRangesAreRefused() {
        assertThat(PortRange.expand("GigabitEthernet1/0/48-1", List.of())).isEmpty();
        assertThat(PortRange.expand("ge-0/0/9-ge-0/0/2", List.of())).isEmpty();
    }

    @Test
    void summariesGroupByEverythingBeforeTheLastNumber() {
        List<String> ports = List.of("GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "GigabitEthernet1/0/3",
                "TenGigabitEthernet1/1/1", "TenGigabitEthernet1/1/2");
        assertThat(DeviceReader.summary(ports))
                .isEqualTo("GigabitEthernet1/0/1..GigabitEthernet1/0/3, TenGigabitEthernet1/1/1..TenGigabitEthernet1/1/2");
    }
}
