package org.switchover.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditHtmlReportTest {

    private final String html = AuditFormat.HTML.render(AuditReportSamples.mixed());

    @Test
    void escapesDeviceTextEverywhere() {
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;");
        assertThat(html).contains("clock set by NTP &lt;ops&gt;");
        // exactly one script element: the sorter
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
        assertThat(html).doesNotContainPattern("(?i)<link ");
        assertThat(html).contains("<style>").contains("<script>");
    }

    @Test
    void hasASortableDeviceTableWithEveryDevice() {
        assertThat(html).contains("<table class=\"sortable\" id=\"devices\">");
        assertThat(html).contains("addEventListener('click'");
        for (String d : new String[] {"core1", "dist1", "acc1", "acc2", "acc3"}) assertThat(html).contains(">" + d + "<");
        int table = html.indexOf("id=\"devices\"");
        assertThat(html.indexOf("acc3", table)).as("worst first").isLessThan(html.indexOf("core1", table));
    }

    @Test
    void showsThePerDeviceDiffAndSuppressions() {
        assertThat(html).contains("<section id=\"device-dist1\">");
        assertThat(html).contains("<span class=\"del\">- /interfaces/interface[name=ge-0/0/1]/config/description = &lt;script&gt;");
        assertThat(html).contains("<span class=\"add\">+ /interfaces/interface[name=ge-0/0/1]/config/description = uplink to core1</span>");
        assertThat(html).contains("<td>ACLs handed to security team</td><td>0</td>");
        assertThat(html).doesNotContain("id=\"device-core1\"");
    }
}
