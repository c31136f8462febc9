package org.switchover.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AuditJsonReportTest {

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void carriesSummaryDevicesFindingsAndSuppressions() throws Exception {
        JsonNode root = parse(AuditFormat.JSON.render(AuditReportSamples.mixed()));
        assertThat(root.get("site").asText()).isEqualTo("city");
        assertThat(root.get("auditId").asLong()).isEqualTo(42);
        assertThat(root.get("exitCode").asInt()).isEqualTo(3);
        assertThat(root.at("/summary/devices").asInt()).isEqualTo(5);
        assertThat(root.at("/summary/drift").asInt()).isEqualTo(2);
        assertThat(root.at("/summary/hostKeyChanged").asInt()).isEqualTo(1);
        assertThat(root.get("devices")).hasSize(5);
        JsonNode dist1 = root.get("devices").get(1);
        assertThat(dist1.get("outcome").asText()).isEqualTo("drift");
        assertThat(dist1.get("findings")).hasSize(2);
        JsonNode desc = dist1.get("findings").get(0);
        assertThat(desc.get("kind").asText()).isEqualTo("config-drift");
        assertThat(desc.get("actual").asText()).isEqualTo("<script>alert(1)</script> & \"x\"");
        assertThat(desc.get("firstSeen").asText()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(dist1.at("/suppressed/0/suppression/reason").asText()).isEqualTo("clock set by NTP <ops>");
        assertThat(root.at("/suppressions/0/hidden").asInt()).isEqualTo(1);
        assertThat(root.at("/devices/3/findings/0/kind").asText()).isEqualTo("unreachable");
        assertThat(root.at("/devices/3/findings/0/expected").isNull()).isTrue();
    }

    @Test
    void aCleanReportHasExitZeroAndEmptyFindings() throws Exception {
        JsonNode root = parse(AuditFormat.JSON.render(AuditReportSamples.clean()));
        assertThat(root.get("exitCode").asInt()).isZero();
        assertThat(root.get("auditId").isNull()).isTrue();
        assertThat(root.at("/devices/0/findings")).isEmpty();
    }
}
