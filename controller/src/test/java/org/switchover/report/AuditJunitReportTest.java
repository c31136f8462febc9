package org.switchover.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditFindingKind;
import org.switchover.audit.AuditReport;
import org.switchover.audit.AuditSuppressions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AuditJunitReportTest {

    /** Validates against the JUnit XML shape CI servers read; throws with line and reason when it does not fit. */
    static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(new StreamSource(AuditJunitReportTest.class.getResource("/junit-report.xsd").toString()));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void validatesAgainstTheJunitSchemaShape() throws Exception {
        validate(AuditFormat.JUNIT.render(AuditReportSamples.mixed()));
        validate(AuditFormat.JUNIT.render(AuditReportSamples.clean()));
    }

    @Test
    void oneTestcasePerDeviceWithDriftAsFailureAndUnreachableAsError() throws Exception {
        Document doc = parse(AuditFormat.JUNIT.render(AuditReportSamples.mixed()));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("audit.city");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("1.830");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        Element dist1 = (Element) cases.item(1);
        assertThat(dist1.getAttribute("name")).isEqualTo("dist1");
        assertThat(dist1.getAttribute("classname")).isEqualTo("audit.city");
        Element failure = (Element) dist1.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("drift");
        assertThat(failure.getAttribute("message")).isEqualTo("2 finding(s): config drift, port down");
        assertThat(failure.getTextContent()).contains("<script>alert(1)</script>");
        assertThat(dist1.getElementsByTagName("system-out").item(0).getTextContent()).contains("clock set by NTP <ops>");
        Element acc2 = (Element) cases.item(3);
        assertThat(((Element) acc2.getElementsByTagName("error").item(0)).getAttribute("type")).isEqualTo("unreachable");
        Element acc3 = (Element) cases.item(4);
        assertThat(((Element) acc3.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("host-key-changed");
        Element core1 = (Element) cases.item(0);
        assertThat(core1.getElementsByTagName("*").getLength()).as("clean core1 has no child elements").isZero();
    }

    @Test
    void controlCharactersFromDevicesStillGiveWellFormedXml() throws Exception {
        var f = new AuditFinding("a", AuditFindingKind.CONFIG_DRIFT, "/x", "ok", "bad\u0001byte", "differs\u0007");
        var r = AuditReport.of("s", AuditReportSamples.T0, AuditReportSamples.T0,
                List.of(AuditDeviceResult.of("a", List.of(f), AuditSuppressions.none(), Duration.ZERO)), List.of(), List.of("b"));
        String xml = AuditFormat.JUNIT.render(r);
        validate(xml);
        Document doc = parse(xml);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains("differs\uFFFD");
    }
}
