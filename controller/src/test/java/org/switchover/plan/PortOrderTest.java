package org.switchover.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortOrderTest {

    @Test
    void numbersCountAsNumbers() {
        assertThat(List.of("eth10", "eth2", "eth1", "Ethernet1/10", "Ethernet1/2", "eth20", "eth3").stream().sorted(PortOrder.NATURAL))
                .containsExactly("Ethernet1/2", "Ethernet1/10", "eth1", "eth2", "eth3", "eth10", "eth20");
    }

    @Test
    void vendorNamesWithSeveralNumbers() {
        assertThat(List.of("GigabitEthernet1/0/10", "TenGigabitEthernet1/1/1", "GigabitEthernet1/0/9", "GigabitEthernet2/0/1")
                .stream().sorted(PortOrder.NATURAL))
                .containsExactly("GigabitEthernet1/0/9", "GigabitEthernet1/0/10", "GigabitEthernet2/0/1", "TenGigabitEthernet1/1/1");
        assertThat(List.of("ge-0/0/10", "xe-0/1/0", "ge-0/0/2", "ge-1/0/0").stream().sorted(PortOrder.NATURAL))
                .containsExactly("ge-0/0/2", "ge-0/0/10", "ge-1/0/0", "xe-0/1/0");
    }

    @Test
    void aWaveListsItsPortsInNaturalOrder() {
        FlipWave wave = new FlipWave(1, 1, List.of("public"),
                Map.of("acc-1", new LinkedHashSet<>(List.of("eth10", "eth2", "eth1", "eth19", "eth3"))), Set.of());

        assertThat(wave.describePorts()).isEqualTo("acc-1 eth1,eth2,eth3,eth10,eth19");
    }
}
