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
 * The openconfig platform, as a user runs it, against OpenDaylight's netconf-testtool serving the
 * OpenConfig models of the shared YANG folder (with their imports): the golden config rendered
 * from a site is pushed by {@code audit --remediate} and read back compliant by {@code audit}. The
 * testtool serves no state (no oper-status, no neighbours), so the site's ports are not cabled.
 * Config and state share its one store, so it enforces openconfig's mandatory state leaves
 * ({@code state/type}, {@code admin-status}, {@code oper-status}) on every interface entry a
 * configuration edit writes, although RFC 7950 (8.1) limits a configuration datastore's
 * constraints to config true nodes. As {@link NetconfTesttool} relaxes ietf-interfaces' state
 * leaves, a deviation module ({@link #STATE_DEVIATIONS}) makes those leaves optional, which the
 * interface entries the golden owns and replaces one by one need.
 * The out-of-band drift case is run with the ietf set ({@link GenericPlatformTesttoolIT}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenConfigTesttoolIT {
    private static final List<String> PLATFORM_MODULES = List.of("openconfig-interfaces", "openconfig-if-ethernet",
            "openconfig-vlan", "openconfig-lldp", "openconfig-system", "iana-if-type");

    /** openconfig-interfaces' mandatory state leaves (type, admin-status, oper-status) bind state only; the testtool's one store enforces them on configuration. */
    private static final String STATE_DEVIATIONS = """
            module switchover-testtool-deviations {
              namespace "urn:switchover:testtool-deviations";
              prefix sotd;
              import openconfig-interfaces { prefix oc-if; }
              description "State leaves are not part of a configuration datastore (RFC 7950 section 8.1).";
              revision 2026-12-03;
              deviation "/oc-if:interfaces/oc-if:interface/oc-if:state/oc-if:type" {
                deviate replace { mandatory false; }
              }
              deviation "/oc-if:interfaces/oc-if:interface/oc-if:state/oc-if:admin-status" {
                deviate replace { mandatory false; }
              }
              deviation "/oc-if:interfaces/oc-if:interface/oc-if:state/oc-if:oper-status" {
                deviate replace { mandatory false; }
              }
            }
            """;

    @TempDir
    static Path work;

    private static NetconfTesttool tool;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        if (!Files.isDirectory(yang)) {
            System.out.println("OpenConfigTesttoolIT skipped: no YANG folder at " + yang.toAbsolutePath() + " (set -Dswitchover.yang.dir)");
            Assumptions.abort("no YANG folder at " + yang.toAbsolutePath());
        }
        List<Path> modules = new ArrayList<>(platformModules(yang));
        modules.add(Files.writeString(work.resolve("switchover-testtool-deviations@2026-12-03.yang"), STATE_DEVIATIONS));
        tool = NetconfTesttool.start(work, modules);
        // records the server's fresh host key in work/known_hosts, which the site then checks strictly
        try (NetconfSession s = NetconfClient.connect(tool.connectOptions("sw"))) {
            assertThat(s.serverCapabilities().candidate()).isTrue();
        }
        Files.writeString(work.resolve("password"), "any-password\n");
        site = Files.writeString(work.resolve("site.yaml"), """
                site: { name: testtool, description: one openconfig switch served by netconf-testtool }
                defaults:
                  platform: openconfig
                  credentials: { username: admin, secret: "file:%s" }
                  known_hosts: %s
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

    /** The platform's modules and everything they import, transitively. */
    private static List<Path> platformModules(Path yang) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(yang)) {
            all = files.filter(f -> f.toString().endsWith(".yang")).toList();
        }
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(PLATFORM_MODULES);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        List<Path> out = new ArrayList<>();
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("^\\s*(?:import|include)\\s+\"?([A-Za-z0-9_.-]+)", java.util.regex.Pattern.MULTILINE);
        while (!todo.isEmpty()) {
            String module = todo.pop();
            if (!seen.add(module)) continue;
            var file = all.stream().filter(f -> f.getFileName().toString().startsWith(module + "@")).findFirst();
            if (file.isEmpty()) continue;
            out.add(file.get());
            var m = imports.matcher(Files.readString(file.get()));
            while (m.find()) todo.push(m.group(1));
        }
        return out;
    }
}
