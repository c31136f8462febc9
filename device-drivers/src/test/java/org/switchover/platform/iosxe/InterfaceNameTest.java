package org.switchover.platform.iosxe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Site port names map to Cisco-IOS-XE-native's (type, number) and back. */
class InterfaceNameTest {

    @Test
    void fullNamesSplitAtTheFirstDigitAndJoinAgain() {
        for (String name : new String[] {"GigabitEthernet1/0/1", "TenGigabitEthernet1/1/4", "TwentyFiveGigE1/0/24",
                "HundredGigE1/0/49", "Port-channel10", "Vlan110", "GigabitEthernet0/0.100", "Ethernet3"}) {
            assertThat(InterfaceName.parse(name).full()).isEqualTo(name);
        }
        assertThat(InterfaceName.parse("GigabitEthernet1/0/1")).isEqualTo(new InterfaceName("GigabitEthernet", "1/0/1"));
        assertThat(InterfaceName.parse("Port-channel10")).isEqualTo(new InterfaceName("Port-channel", "10"));
        assertThat(InterfaceName.parse("TwentyFiveGigE1/0/3").type()).isEqualTo("TwentyFiveGigE");
    }

    @Test
    void namesThatAreNotTypeAndNumberAreRefused() {
        assertThatThrownBy(() -> InterfaceName.parse("uplink")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'uplink' is not an IOS-XE interface name");
        assertThatThrownBy(() -> InterfaceName.parse("1/0/1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortFormsFromLldpAreExpandedAndOtherVendorsNamesKept() {
        assertThat(InterfaceName.expand("Gi1/0/48")).isEqualTo("GigabitEthernet1/0/48");
        assertThat(InterfaceName.expand("Te1/1/1")).isEqualTo("TenGigabitEthernet1/1/1");
        assertThat(InterfaceName.expand("Twe1/0/2")).isEqualTo("TwentyFiveGigE1/0/2");
        assertThat(InterfaceName.expand("GigabitEthernet1/0/1")).isEqualTo("GigabitEthernet1/0/1");
        assertThat(InterfaceName.expand("ge-0/0/7")).isEqualTo("ge-0/0/7");
        assertThat(InterfaceName.expand("Ethernet12")).isEqualTo("Ethernet12");
        assertThat(InterfaceName.expand("eth1")).isEqualTo("eth1");
    }
}
