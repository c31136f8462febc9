package org.switchover.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Port names of every vendor's convention sort as people count them. */
class NaturalOrderTest {

    @Test
    void ciscoNamesSortByEachNumberInTurn() {
        assertThat(List.of("GigabitEthernet1/0/10", "GigabitEthernet1/0/2", "GigabitEthernet2/0/1", "GigabitEthernet1/0/1",
                "TenGigabitEthernet1/1/1").stream().sorted(NaturalOrder.INSTANCE))
                .containsExactly("GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "GigabitEthernet1/0/10", "GigabitEthernet2/0/1",
                        "TenGigabitEthernet1/1/1");
    }

    @Test
    void junosAndAristaNames() {
        assertThat(List.of("ge-0/0/10", "ge-0/0/9", "xe-0/1/0", "ge-0/0/0").stream().sorted(NaturalOrder.INSTANCE))
                .containsExactly("ge-0/0/0", "ge-0/0/9", "ge-0/0/10", "xe-0/1/0");
        assertThat(List.of("Ethernet10", "Ethernet49/1", "Ethernet2", "Ethernet49/10", "Ethernet49/2").stream().sorted(NaturalOrder.INSTANCE))
                .containsExactly("Ethernet2", "Ethernet10", "Ethernet49/1", "Ethernet49/2", "Ethernet49/10");
    }
}
