package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.Topology;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * Drift injected out of band into a lab running the city site, found by {@code switchover audit}
 * over real SSH and reported in every format; remediation fixes config drift and nothing else;
 * the journal keeps first-seen and last-seen.
 */
class AuditDriftIT {

    private static final String OC_INTERFACES = "http://openconfig.net/yang/interfaces";

    @TempDir
    Path dir;

    private AuditLab lab;
    private Path siteFile;
    private Site site;

    @BeforeEach
    void start() throws Exception {
        lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"));
        siteFile = lab.writeSiteFile(AuditLab.CITY, dir.resolve("site.yaml"));
        site = SiteLoader.defaults().loadOrThrow(siteFile);
    }

    @AfterEach
    void stop() {
        if (lab != null) lab.close();
    }

    /** Runs the CLI in-process; returns exit code, standard output and standard error. */
    private record Run(int code, String out, String err) {}

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run audit(String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--site", siteFile.toString(), "--journal", dir.resolve("journal.db").toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    private NetconfSession session(String device) throws Exception {
        Device d = site.device(device);
        String password = Files.readString(lab.lab.directory().resolve("password")).strip();
        return NetconfClient.connect(ConnectOptions.of(device, "127.0.0.1", d.management().getPort(),
                new Credentials.Password(d.credentials().username(), password), HostKeyPolicy.strict(lab.lab.knownHosts())));
    }

    /** A change made on the device behind the tool's back, as an engineer at the console would. */
    private void changeOutOfBand(String device, String interfacesXml) throws Exception {
        try (NetconfSession s = session(device)) {
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, "<interfaces xmlns=\"" + OC_INTERFACES + "\">" + interfacesXml + "</interfaces>"));
            s.commit();
        }
    }

    private void injectEveryDrift() throws Exception {
        // config change: a port description edited by hand
        changeOutOfBand("acc-1", "<interface><name>eth1</name><config><description>moved desk</description></config></interface>");
        // port shut: an uplink administratively down
        changeOutOfBand("acc-2", "<interface><name>up1</name><config><enabled>false</enabled></config></interface>");
        // cable moved: the uplink from dist-1 now arrives on acc-3's desk port eth1 instead of up1
        lab.lab.move(new Topology.Endpoint("acc-3", "up1"), new Topology.Endpoint("acc-3", "eth1"));
        // switch powered off
        lab.lab.powerOff("acc-4");
        // host key changed: known_hosts holds another key for acc-6's address
        swapHostKey("acc-6", "acc-7");
    }

    private void swapHostKey(String device, String keyOf) throws Exception {
        Path kh = lab.lab.knownHosts();
        String entry = "[127.0.0.1]:" + site.device(device).management().getPort() + " ";
        String donor = "[127.0.0.1]:" + site.device(keyOf).management().getPort() + " ";
        List<String> lines = Files.readAllLines(kh);
        String key = lines.stream().filter(l -> l.startsWith(donor)).findFirst().orElseThrow().substring(donor.length());
        Files.write(kh, lines.stream().map(l -> l.startsWith(entry) ? entry + key : l).toList());
    }

    @Test
    void aCleanSiteAuditsCleanInEveryFormat() throws Exception {
        Run text = audit();
        assertThat(text.code()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).contains("18 devices").contains("18 clean").contains("clean: every device matches");
        Run json = audit("--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).at("/summary/clean").asInt()).isEqualTo(18);
        Path junit = dir.resolve("out/audit.xml");
        assertThat(audit("--format", "junit", "--out", junit.toString()).code()).isZero();
        validateJunit(Files.readString(junit));
        assertThat(parse(Files.readString(junit)).getElementsByTagName("testcase").getLength()).isEqualTo(18);
    }

    @Test
    void everyKindOfDriftIsFoundAndReportedInEveryFormat() throws Exception {
        injectEveryDrift();
        Run text = audit();
        assertThat(text.code()).as("a device could not be audited").isEqualTo(3);
        String t = text.out();
        assertThat(t).contains("acc-1  drift").contains("config drift at /interfaces/interface[name=eth1]/config/description");
        assertThat(t).contains("acc-2  drift").contains("port down at /state/interface[name=up1]/admin-status")
                .contains("config drift at /interfaces/interface[name=up1]/config/enabled");
        assertThat(t).contains("acc-3  drift").contains("cabling drift at /state/lldp/neighbor[port=eth1]: port eth1 hears dist-1:xe-0/0/2")
                .contains("cabling drift at /state/lldp/neighbor[port=xe-0/0/2]: mis-cabled: dist-1:xe-0/0/2 should face acc-3:up1 but hears acc-3:eth1");
        assertThat(t).contains("acc-4  unreachable");
        assertThat(t).contains("acc-6  host key changed");

        JsonNode json = new ObjectMapper().readTree(audit("--format", "json").out());
        assertThat(kindsOf(json, "acc-1")).contains("config-drift");
        assertThat(kindsOf(json, "acc-2")).contains("config-drift", "port-down");
        assertThat(kindsOf(json, "acc-3")).contains("cabling", "port-down");
        assertThat(kindsOf(json, "acc-4")).containsExactly("unreachable");
        assertThat(kindsOf(json, "acc-6")).containsExactly("host-key-changed");
        assertThat(json.get("exitCode").asInt()).isEqualTo(3);

        Path html = dir.resolve("audit.html");
        assertThat(audit("--format", "html", "--out", html.toString()).code()).isEqualTo(3);
        String h = Files.readString(html);
        assertThat(h).contains("<section id=\"device-acc-1\">").contains("moved desk").contains("<section id=\"device-acc-3\">")
                .contains("<section id=\"device-acc-4\">").contains("<section id=\"device-acc-6\">").contains("host key changed");

        Path junit = dir.resolve("audit.xml");
        assertThat(audit("--format", "junit", "--out", junit.toString()).code()).isEqualTo(3);
        String xml = Files.readString(junit);
        validateJunit(xml);
        assertThat(problemOf(parse(xml), "acc-1")).contains("failure:drift");
        assertThat(problemOf(parse(xml), "acc-3")).contains("failure:drift");
        assertThat(problemOf(parse(xml), "acc-4")).contains("error:unreachable");
        assertThat(problemOf(parse(xml), "acc-6")).contains("failure:host-key-changed");
        assertThat(problemOf(parse(xml), "core-1")).isEmpty();
    }

    @Test
    void remediationFixesConfigDriftAndLeavesTheRest() throws Exception {
        injectEveryDrift();
        Run dryRun = audit("--remediate");
        assertThat(dryRun.err()).contains("would push golden config to acc-1").contains("would push golden config to acc-2")
                .contains("leaves acc-4 alone: unreachable").contains("leaves acc-6 alone: host key changed")
                .contains("nothing was pushed");
        assertThat(audit().out()).contains("acc-1  drift");

        Run fix = audit("--remediate", "--yes");
        assertThat(fix.err()).contains("remediation acc-1: fixed").contains("remediation acc-2: fixed");
        assertThat(fix.err()).doesNotContain("remediation acc-3").doesNotContain("remediation acc-4").doesNotContain("remediation acc-6");

        JsonNode after = new ObjectMapper().readTree(audit("--format", "json").out());
        assertThat(outcomeOf(after, "acc-1")).isEqualTo("clean");
        assertThat(outcomeOf(after, "acc-2")).isEqualTo("clean");
        assertThat(kindsOf(after, "acc-3")).contains("cabling");
        assertThat(outcomeOf(after, "acc-4")).isEqualTo("unreachable");
        assertThat(outcomeOf(after, "acc-6")).isEqualTo("host-key-changed");
        // the moved cable's far end and the powered-off switch's neighbours keep their state drift
        assertThat(after.at("/summary/drift").asInt()).isPositive();
    }

    @Test
    void historyRecordsFirstSeenAndLastSeen() throws Exception {
        changeOutOfBand("acc-1", "<interface><name>eth1</name><config><description>moved desk</description></config></interface>");
        assertThat(audit().code()).isEqualTo(1);
        JsonNode second = new ObjectMapper().readTree(audit("--format", "json").out());
        JsonNode finding = second.at("/devices").findValues("findings").stream()
                .flatMap(f -> { List<JsonNode> l = new ArrayList<>(); f.forEach(l::add); return l.stream(); })
                .filter(f -> f.get("path").asText().equals("/interfaces/interface[name=eth1]/config/description"))
                .findFirst().orElseThrow();
        Run history = cli("audit", "history", "--journal", dir.resolve("journal.db").toString());
        assertThat(history.code()).isZero();
        String h = history.out();
        assertThat(h.lines().filter(l -> l.matches("^\\d+ .*")).count()).as(h).isEqualTo(2);
        assertThat(h).contains("acc-1 config drift /interfaces/interface[name=eth1]/config/description");
        String firstSeen = finding.get("firstSeen").asText();
        assertThat(h).contains("first seen " + firstSeen);
        assertThat(second.get("started").asText()).isGreaterThan(firstSeen);
        assertThat(h).containsPattern("first seen \\S+ \\(audit 1\\), last seen \\S+ \\(audit 2\\)");
    }

    private static List<String> kindsOf(JsonNode report, String device) {
        List<String> kinds = new ArrayList<>();
        device(report, device).get("findings").forEach(f -> kinds.add(f.get("kind").asText()));
        return kinds;
    }

    private static String outcomeOf(JsonNode report, String device) {
        return device(report, device).get("outcome").asText();
    }

    private static JsonNode device(JsonNode report, String device) {
        for (JsonNode d : report.get("devices")) if (d.get("device").asText().equals(device)) return d;
        throw new AssertionError("no device " + device + " in the report");
    }

    static void validateJunit(String xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(AuditDriftIT.class.getResource("/junit-report.xsd").toString()));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code failure:TYPE} or {@code error:TYPE} of the device's test case, if any. */
    static Optional<String> problemOf(Document doc, String device) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (!c.getAttribute("name").equals(device)) continue;
            for (String kind : List.of("failure", "error")) {
                NodeList p = c.getElementsByTagName(kind);
                if (p.getLength() > 0) return Optional.of(kind + ":" + ((Element) p.item(0)).getAttribute("type"));
            }
            return Optional.empty();
        }
        throw new AssertionError("no test case " + device);
    }
}
