package org.switchover.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.journal.Journal;
import org.switchover.journal.RunHistory;
import org.switchover.journal.Step;

/** The outage chart and the topology picture, in the HTML report and as files beside the Markdown one. */
class ReportPicturesTest {

    private static final ReportTime UTC = new ReportTime(ZoneOffset.UTC);
    private static final Path MINIMAL = Path.of("../templates/sites/minimal/site.yaml");

    @TempDir
    Path dir;

    @Test
    void theHtmlReportCarriesAnInlineOutageChartWithABarPerServiceAndTheWavesMarked() throws Exception {
        RunHistory history = history(true);
        Document doc = IncidentReport.build(history, UTC);
        String html = Html.render(doc);

        assertThat(doc.figures()).extracting(Document.Figure::fileName).containsExactly("outage.svg");
        String svg = doc.figures().get(0).svg();
        assertThat(html).contains("<figure>\n" + svg.replace(" xmlns=\"http://www.w3.org/2000/svg\"", ""));
        assertThat(groups(svg, "service")).containsExactly("cctv", "public-services", "social-affairs");
        assertThat(groups(svg, "wave")).containsExactly("1", "2");
        // readable without colour: every bar is patterned and every wave has a written key
        assertThat(svg).contains("fill=\"url(#outage-down)\"").contains("1  2026-11-28 09:00:").contains("(confirmed)");
        assertSelfContained(svg);
    }

    @Test
    void aServiceNotRestoredIsDrawnOpenAndSaysSo() throws Exception {
        String svg = IncidentReport.build(history(false), UTC).figures().get(0).svg();

        Matcher social = Pattern.compile("data-service=\"social-affairs\">(.*?)</g>", Pattern.DOTALL).matcher(svg);
        assertThat(social.find()).isTrue();
        assertThat(social.group(1)).contains("fill=\"url(#outage-open)\"").contains(">not restored<");
        assertThat(svg).contains("(rolled back)");
        assertSelfContained(svg);
    }

    @Test
    void theTopologyMarksFailedBeingReplacedAndReplacedSwitchesInWordsAndPatterns() throws Exception {
        Site site = SiteLoader.defaults().loadOrThrow(MINIMAL);
        String svg = TopologySvg.render(site, Map.of("acc-1", DeviceCondition.FAILED, "acc-2", DeviceCondition.BEING_REPLACED,
                "core-1", DeviceCondition.REPLACED));

        assertThat(groups(svg, "device")).containsExactlyInAnyOrderElementsOf(site.devices().keySet());
        assertThat(svg).contains("data-condition=\"failed\"", "data-condition=\"being_replaced\"", "data-condition=\"replaced\"")
                .contains(">FAILED<", ">BEING REPLACED<", ">REPLACED<")
                .contains("fill=\"url(#topo-failed)\"", "fill=\"url(#topo-replacing)\"");
        assertSelfContained(svg);
    }

    @Test
    void conditionsComeFromTheJournal() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");
        List<Event> events = List.of(
                new Event(1, 1, t, EventKind.DEVICE_FAILED, Optional.of("a"), Optional.empty(), ""),
                new Event(2, 1, t, EventKind.DEVICE_FAILED, Optional.of("b"), Optional.empty(), ""),
                new Event(3, 1, t, EventKind.DEVICE_FAILED, Optional.of("c"), Optional.empty(), ""),
                new Event(4, 1, t, EventKind.DEVICE_REPLACED, Optional.of("c"), Optional.empty(), ""));
        List<Step> steps = List.of(new Step(1, 1, "b", "precheck", "b/pre-check: x", t, Optional.empty(), Optional.empty(), ""));

        assertThat(DeviceCondition.from(events, steps)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a", DeviceCondition.FAILED, "b", DeviceCondition.BEING_REPLACED, "c", DeviceCondition.REPLACED));
    }

    @Test
    void theMarkdownReportLinksItsPicturesWrittenBesideIt() throws Exception {
        Site site = SiteLoader.defaults().loadOrThrow(MINIMAL);
        Document doc = IncidentReport.build(history(true), UTC, Optional.of(site));
        Path md = dir.resolve("run-7.md");

        List<Path> written = ReportFiles.writeMarkdown(doc, md);

        assertThat(written).containsExactly(md, dir.resolve("run-7-outage.svg"), dir.resolve("run-7-topology.svg"));
        String text = Files.readString(md);
        assertThat(text).contains("](run-7-outage.svg)").contains("](run-7-topology.svg)");
        assertThat(Files.readString(dir.resolve("run-7-outage.svg")).strip()).isEqualTo(doc.figures().get(0).svg());
        assertThat(Files.readString(dir.resolve("run-7-topology.svg")).strip()).isEqualTo(doc.figures().get(1).svg());
        // the HTML carries the same pictures inline and needs no file beside it
        String html = Html.render(doc);
        doc.figures().forEach(f -> assertThat(html).contains(f.svg().substring(f.svg().indexOf("<title>"))));
        assertThat(Markdown.render(doc.withoutFigures())).doesNotContain(".svg)");
    }

    private RunHistory history(boolean completed) {
        ReplacementJournal fixture = new ReplacementJournal(dir.resolve(completed ? "done.db" : "broken.db"));
        long run = completed ? fixture.completed() : fixture.interruptedAfterRollback();
        try (Journal journal = fixture.journal()) {
            return journal.history(run).orElseThrow();
        }
    }

    private static List<String> groups(String svg, String data) {
        Matcher m = Pattern.compile("<g class=\"[a-z]+\" data-" + data + "=\"([^\"]+)\">").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Well-formed XML, no scripts, nothing fetched from elsewhere. */
    private static void assertSelfContained(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document parsed = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:", "<script", "href=");
    }
}
