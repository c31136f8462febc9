package org.switchover.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTextReportTest {

    @Test
    void summarisesCountsAndListsOnlyDevicesNeedingAttention() {
        String text = AuditFormat.TEXT.render(AuditReportSamples.mixed());
        assertThat(text.lines().findFirst()).hasValue(
                "audit of site city (audit 42): 5 devices in 1.8s: 1 clean, 2 drift, 1 unreachable, 1 host key changed");
        assertThat(text).doesNotContain("\ncore1  ");
        assertThat(text).contains("dist1  drift").contains("acc2  unreachable").contains("acc3  host key changed");
        assertThat(text).contains("config drift at /interfaces/interface[name=ge-0/0/1]/config/description")
                .contains("first seen 2026-11-25T10:00:00Z");
        assertThat(text).contains("cabling drift at /state/lldp/neighbor[port=ge-0/0/48]");
    }

    @Test
    void showsEverySuppressionWithItsReasonAndWhatItHid() {
        String text = AuditFormat.TEXT.render(AuditReportSamples.mixed());
        assertThat(text).contains("suppressed  config drift at /system/clock/config/timezone-name: clock set by NTP <ops>");
        assertThat(text).contains("* /system/clock: clock set by NTP <ops> (hid 1)");
        assertThat(text).contains("core1 /acl: ACLs handed to security team (hid 0)");
    }

    @Test
    void endsWithTheVerdict() {
        assertThat(AuditFormat.TEXT.render(AuditReportSamples.mixed()).strip())
                .endsWith("incomplete: 2 device(s) could not be audited; drift found on 2 device(s)");
        assertThat(AuditFormat.TEXT.render(AuditReportSamples.clean()).strip())
                .endsWith("clean: every device matches its golden configuration and intended state");
    }
}
