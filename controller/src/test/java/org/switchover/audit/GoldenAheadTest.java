package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.switchover.workflow.GoldenConfigs;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.render.RenderException;

class GoldenAheadTest {

    private final Site site = AuditFixtures.site();
    private final List<Device> devices = List.copyOf(site.devices().values());

    private static ConfigPayload payload(Device d) {
        return new ConfigPayload(d.name(), "<config/>", List.of(new ConfigPayload.Subtree("urn:test", "interfaces")));
    }

    @Test
    void everyDeviceGetsItsOwnGolden() {
        try (GoldenAhead ahead = new GoldenAhead((s, d) -> payload(d), site, devices, 2, 2)) {
            for (int i = devices.size() - 1; i >= 0; i--) {
                assertThat(ahead.take(i).device()).isEqualTo(devices.get(i).name());
            }
        }
    }

    @Test
    void aTemplateErrorReachesTheDeviceThatNeedsItUnwrapped() {
        String broken = devices.get(1).name();
        GoldenConfigs golden = (s, d) -> {
            if (d.name().equals(broken)) throw new RenderException(d.name(), "openconfig/access.xml.j2", 7, "unknown variable 'vlan'");
            return payload(d);
        };
        try (GoldenAhead ahead = new GoldenAhead(golden, site, devices, 2, 4)) {
            assertThat(ahead.take(0).device()).isEqualTo(devices.get(0).name());
            assertThatThrownBy(() -> ahead.take(1)).isInstanceOf(RenderException.class).hasMessageContaining("unknown variable 'vlan'");
        }
    }

    @Test
    void rendersNoFurtherAheadThanTheLookahead() throws Exception {
        Set<String> started = ConcurrentHashMap.newKeySet();
        CountDownLatch third = new CountDownLatch(3);
        GoldenConfigs golden = (s, d) -> {
            started.add(d.name());
            third.countDown();
            return payload(d);
        };
        // four threads could render everything at once; only the lookahead of two may start before a take
        try (GoldenAhead ahead = new GoldenAhead(golden, site, devices, 4, 2)) {
            assertThat(third.await(300, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(started).containsExactlyInAnyOrder(devices.get(0).name(), devices.get(1).name());
            ahead.take(0);
            assertThat(third.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(started).contains(devices.get(2).name());
        }
    }

    @Test
    void aDeviceTakenBeforeItsTurnIsRenderedOnceByWhoeverTookIt() {
        Map<String, Integer> renders = new ConcurrentHashMap<>();
        GoldenConfigs golden = (s, d) -> {
            renders.merge(d.name(), 1, Integer::sum);
            return payload(d);
        };
        try (GoldenAhead ahead = new GoldenAhead(golden, site, devices, 2, 0)) {
            assertThat(ahead.take(1).device()).isEqualTo(devices.get(1).name());
            assertThat(ahead.take(0).device()).isEqualTo(devices.get(0).name());
            assertThat(ahead.take(2).device()).isEqualTo(devices.get(2).name());
        }
        assertThat(renders).containsOnly(Map.entry(devices.get(0).name(), 1), Map.entry(devices.get(1).name(), 1),
                Map.entry(devices.get(2).name(), 1));
    }
}
