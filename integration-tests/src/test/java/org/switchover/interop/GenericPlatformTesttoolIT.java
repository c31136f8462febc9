package org.switchover.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import picocli.CommandLine;

/**
 * The whole ietf platform, as a user runs it, against OpenDaylight's netconf-testtool (a server we
 * did not write): the golden config rendered from a site is pushed by {@code audit --remediate},
 * read back compliant by {@code audit}, and {@code plan} treats the server (which reports no
 * hardware model) by its port list. The testtool keeps config and state in one store: it serves
 * no oper-status, no LLDP neighbours, no bridge port numbers and no hardware inventory, so the
 * site declares {@code port_numbers: position} and its ports are not cabled. Without the
 * declaration the same read names the port-refs it cannot interpret instead of failing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenericPlatformTesttoolIT {
    private static final List<String> PLATFORM_MODULES = List.of("ietf-system", "iana-crypt-hash", "ietf-netconf-acm",
            "ieee802-dot1q-bridge", "ieee802-dot1q-types", "ieee802-types", "ieee802-dot1ab-lldp", "ieee802-dot1ab-types", "ietf-routing");

    @TempDir
    static Path work;

    private static NetconfTesttool tool;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        if (!Files.isDirectory(yang)) {
            System.out.println("GenericPlatformTesttoolIT skipped: no YANG folder at " + yang.toAbsolutePath() + " (set -Dswitchover.yang.dir)");
            Assumptions.abort("no YANG folder at " + yang.toAbsolutePath());
        }
        tool = NetconfTesttool.start(work, platformModules(yang));
        // records the server's fresh host key in work/known_hosts, which the site then checks strictly
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("sw"))) {
            assertThat(s.serverCapabilities().candidate()).isTrue();
        }
        Files.writeString(work.resolve("password"), "any-password\n");
        site = Files.writeString(work.resolve("site.yaml"), """
                site: { name: testtool, description: one ietf switch served by netconf-testtool }
                defaults:
                  platform: ietf
                  credentials: { username: admin, secret: "file:%s" }
                  known_hosts: %s
                  port_numbers: position
                models:
                  edge-4: { ports: [eth1-4], uplinks: [eth4] }
                services:
                  office: { priority: 1, description: Office desks, gateway: sw }
                vlans:
                  - { id: 110, name: office, service: office }
                  - { id: 120, name: voice, service: office }
                devices:
                  sw:
                    role: access
                    model: edge-4
                    management: 127.0.0.1:%d
                    ports:
                      eth1: { description: desk, vlan: 110 }
                      eth2: { description: phone, vlan: 120 }
                      eth3: { description: desk and phone, mode: trunk, trunk_vlans: [110, 120] }
                """.formatted(work.resolve("password"), work.resolve("known_hosts"), tool.port()));
    }

    @AfterAll
    static void stop() {
        if (tool != null) tool.close();
    }

    @Test
    @Order(1)
    void remediationPushesTheRenderedGoldenAndTheAuditReadsItBackCompliant() throws Exception {
        JsonNode before = json(cli("audit", "--site", site.toString(), "--journal", journal(), "--format", "json").out());
        assertThat(outcomeOf(before)).as(before.toString()).isEqualTo("drift");

        Run fix = cli("audit", "--site", site.toString(), "--journal", journal(), "--remediate", "--yes");
        assertThat(fix.err()).as(fix.err() + tool.logTail()).contains("remediation sw: fixed");

        Run after = cli("audit", "--site", site.toString(), "--journal", journal(), "--format", "json");
        JsonNode report = json(after.out());
        assertThat(report.at("/devices/0/findings")).as(after.out()).isEmpty();
        assertThat(outcomeOf(report)).isEqualTo("clean");
        assertThat(after.code()).isZero();
    }

    @Test
    @Order(2)
    void anOutOfBandChangeIsFoundAsDriftOnItsLeaf() throws Exception {
        try (NetconfSession console = NetconfClient.connect(tool.connectOptions("sw"))) {
            console.editConfig(org.switchover.netconf.EditConfig.of(org.switchover.netconf.Datastore.CANDIDATE,
                    "<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><interface><name>eth1</name>"
                            + "<description>moved desk</description></interface></interfaces>"));
            console.commit();
        }
        JsonNode report = json(cli("audit", "--site", site.toString(), "--journal", journal(), "--format", "json").out());
        assertThat(outcomeOf(report)).isEqualTo("drift");
        List<String> paths = new ArrayList<>();
        report.at("/devices/0/findings").forEach(f -> paths.add(f.get("path").asText()));
        assertThat(paths).containsExactly("/interfaces/interface[name=eth1]/description");
        assertThat(cli("audit", "--site", site.toString(), "--journal", journal(), "--remediate", "--yes").err())
                .contains("remediation sw: fixed");
    }

    @Test
    @Order(3)
    void withoutTheDeclaredNumberingTheAuditNamesThePortRefsItCannotInterpret() throws Exception {
        Path undeclared = Files.writeString(work.resolve("undeclared.yaml"),
                Files.readString(site).replace("  port_numbers: position\n", ""));
        Run run = cli("audit", "--site", undeclared.toString(), "--journal", journal(), "--format", "json");
        JsonNode report = json(run.out());
        assertThat(outcomeOf(report)).as(run.out()).isEqualTo("drift");
        report.at("/devices/0/findings").forEach(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("data-uninterpreted");
            assertThat(f.get("path").asText()).contains("port-map[port-ref=");
        });
        assertThat(report.at("/devices/0/findings").size()).isPositive();
    }

    @Test
    @Order(4)
    void planWarnsThatNoHardwareModelIsReportedAndComparesThePortsInstead() {
        Run plan = cli("plan", "--site", site.toString(), "--replace", "sw=127.0.0.1:" + tool.port());
        assertThat(plan.out()).as(plan.out() + plan.err())
                .contains("WARNING sw /state/model: the new switch at 127.0.0.1:" + tool.port() + " reports no hardware model")
                .contains("nothing blocks this plan");
        assertThat(plan.code()).isZero();
    }

    private record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String journal() {
        return work.resolve("journal.db").toString();
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static String outcomeOf(JsonNode report) {
        return report.at("/devices/0/outcome").asText();
    }

    private static List<Path> platformModules(Path yang) throws IOException {
        try (Stream<Path> files = Files.list(yang)) {
            return files.filter(f -> PLATFORM_MODULES.stream().anyMatch(m -> f.getFileName().toString().startsWith(m + "@")))
                    .toList();
        }
    }
}
