package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.journal.DeviceRecord;

class SiteUpdateTest {

    private static DeviceRecord replaced(String device, String address, String serial) {
        return new DeviceRecord(1, device, true, address, "core-32", serial, "", Instant.EPOCH);
    }

    @Test
    void theDeviceBlockGetsTheNewAddressAndSerialAndTheRestIsKept() {
        List<String> lines = List.of(
                "devices:",
                "  core-1:                           # data centre, rack A",
                "    role: core",
                "    management: 127.0.0.1:8301",
                "    serial: CTY-CORE-0001",
                "  core-2:",
                "    management: 127.0.0.1:8302");

        List<String> out = SiteUpdate.edit(lines, replaced("core-1", "10.0.0.21:830", "SPR-0001"));

        assertThat(out).containsExactly(
                "devices:",
                "  core-1:                           # data centre, rack A",
                "    role: core",
                "    management: 10.0.0.21:830",
                "    serial: SPR-0001",
                "  core-2:",
                "    management: 127.0.0.1:8302");
    }

    @Test
    void aSerialIsAddedWhereThereWasNone() {
        List<String> out = SiteUpdate.edit(List.of("devices:", "  dist-1:", "    role: distribution", "    management: 127.0.0.1:8311"),
                replaced("dist-1", "10.0.0.22:830", "SPR-0002"));

        assertThat(out).containsExactly("devices:", "  dist-1:", "    serial: SPR-0002", "    role: distribution",
                "    management: 10.0.0.22:830");
    }

    @Test
    void aQuotedDeviceNameIsFoundToo() {
        List<String> out = SiteUpdate.edit(List.of("devices:", "  \"acc-1\":", "    management: 127.0.0.1:8311", "    serial: OLD",
                        "  'acc-2':", "    management: 127.0.0.1:8312"), replaced("acc-2", "10.0.0.22:830", "SPR-0002"));

        assertThat(out).containsExactly("devices:", "  \"acc-1\":", "    management: 127.0.0.1:8311", "    serial: OLD",
                "  'acc-2':", "    serial: SPR-0002", "    management: 10.0.0.22:830");
    }

    @Test
    void jsonProgressQuotesWhatItMust() {
        assertThat(ProgressPrinter.Json.string("a \"b\"\nc\\")).isEqualTo("\"a \\\"b\\\"\\nc\\\\\"");
    }
}
