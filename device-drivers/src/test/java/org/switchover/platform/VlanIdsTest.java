package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VlanIdsTest {

    @Test
    void expandsBothPlatformsRangeSyntax() {
        assertThat(VlanIds.expand(List.of("5", "10..12"))).containsExactly(5, 10, 11, 12);
        assertThat(VlanIds.expand(List.of("1,10-12,4094"))).containsExactly(1, 10, 11, 12, 4094);
    }

    @Test
    void refusesWhatIsNoVlan() {
        assertThatThrownBy(() -> VlanIds.expand(List.of("0"))).hasMessageContaining("outside 1..4094");
        assertThatThrownBy(() -> VlanIds.expand(List.of("12..10"))).hasMessageContaining("backwards");
        assertThatThrownBy(() -> VlanIds.expand(List.of("ten"))).hasMessageContaining("'ten' is not a VLAN id");
    }
}
