package org.switchover.report;

import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.switchover.audit.AuditDeviceResult;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditOutcome;
import org.switchover.audit.AuditReport;

/**
 * JUnit XML as CI servers read it: {@code testsuites} holding one {@code testsuite} for the site,
 * one {@code testcase} per device. Drift and a changed host key are failures (the device was
 * looked at and is wrong); an unreachable device is an error (it could not be looked at);
 * devices a stop request left out are skipped.
 */
public final class AuditJunitReport implements AuditReportRenderer {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    @Override
    public String render(AuditReport r) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            int tests = r.devices().size() + r.notAudited().size();
            long failures = r.count(AuditOutcome.DRIFT) + r.count(AuditOutcome.HOST_KEY_CHANGED);
            long errors = r.count(AuditOutcome.UNREACHABLE);
            String time = seconds(r.elapsed());
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "switchover audit");
            attrs(x, tests, failures, errors, time);
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "audit." + r.site());
            attrs(x, tests, failures, errors, time);
            x.writeAttribute("skipped", String.valueOf(r.notAudited().size()));
            x.writeAttribute("timestamp", TIMESTAMP.format(r.started()));
            x.writeAttribute("hostname", "switchover");
            for (AuditDeviceResult d : r.devices()) testcase(x, r, d);
            for (String skipped : r.notAudited()) skipped(x, r, skipped);
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the JUnit report: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void attrs(XMLStreamWriter x, long tests, long failures, long errors, String time) throws XMLStreamException {
        x.writeAttribute("tests", String.valueOf(tests));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", String.valueOf(errors));
        x.writeAttribute("time", time);
    }

    private static void testcase(XMLStreamWriter x, AuditReport r, AuditDeviceResult d) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", d.device());
        x.writeAttribute("classname", "audit." + r.site());
        x.writeAttribute("time", seconds(d.elapsed()));
        switch (d.outcome()) {
            case DRIFT, HOST_KEY_CHANGED -> problem(x, "failure", d);
            case UNREACHABLE -> problem(x, "error", d);
            case CLEAN -> { }
        }
        if (!d.suppressed().isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(xmlSafe(d.suppressed().stream()
                    .map(s -> "suppressed " + s.finding().describe() + " (" + s.by().reason() + ")")
                    .collect(Collectors.joining("\n"))));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void problem(XMLStreamWriter x, String element, AuditDeviceResult d) throws XMLStreamException {
        List<AuditFinding> findings = d.findings();
        x.writeCharacters("\n      ");
        x.writeStartElement(element);
        x.writeAttribute("message", xmlSafe(summary(d)));
        x.writeAttribute("type", d.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        x.writeCharacters(xmlSafe(findings.stream().map(AuditFinding::describe).collect(Collectors.joining("\n"))));
        x.writeEndElement();
    }

    private static String summary(AuditDeviceResult d) {
        if (d.outcome() != AuditOutcome.DRIFT) return d.findings().get(0).message();
        return d.findings().size() + " finding(s): " + d.findings().stream()
                .map(f -> f.kind().label()).distinct().collect(Collectors.joining(", "));
    }

    private static void skipped(XMLStreamWriter x, AuditReport r, String device) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", device);
        x.writeAttribute("classname", "audit." + r.site());
        x.writeAttribute("time", "0.000");
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", "audit stopped before this device");
        x.writeEndElement();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    /** Device text may hold characters XML 1.0 cannot carry at all; they become U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(
                c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000
                        ? c : 0xFFFD));
        return out.toString();
    }
}
