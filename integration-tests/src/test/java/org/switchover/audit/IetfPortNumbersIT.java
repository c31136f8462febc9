package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.config.SwitchFeatures;
import picocli.CommandLine;

/**
 * An ietf switch that publishes neither bridge port numbers (no bridge-port port-number, no
 * if-index) nor a hardware inventory, as a third-party server does: its VLAN registrations can
 * only be read with the numbering the site declares. Declared ({@code port_numbers: position}):
 * remediation pushes golden and the audit reads it back compliant. Not declared: the audit still
 * reads the device and reports the port-refs it cannot interpret, never "unreachable".
 */
class IetfPortNumbersIT {

    private static final Path MINIMAL = Path.of("../templates/sites/minimal/site.yaml");

    @TempDir
    Path dir;

    private AuditLab lab;

    @AfterEach
    void stop() {
        if (lab != null) lab.close();
    }

    @Test
    void remediatedThenReadBackCompliantWithTheDeclaredNumbering() throws Exception {
        Path source = declared(dir.resolve("declared.yaml"));
        Path site = start(source);

        JsonNode before = json(audit(site, "--format", "json").out());
        assertThat(outcomeOf(before, "acc-2")).isEqualTo("drift");

        Run fix = audit(site, "--remediate", "--yes");
        assertThat(fix.err()).contains("remediation acc-2: fixed");

        Run after = audit(site, "--format", "json");
        JsonNode report = json(after.out());
        assertThat(kindsOf(report, "acc-2")).as(after.out()).isEmpty();
        assertThat(outcomeOf(report, "acc-2")).isEqualTo("clean");
        assertThat(after.code()).as(after.out()).isZero();
    }

    @Test
    void withoutADeclaredNumberingTheUnexplainedPortRefsAreFindingsNotAnUnreachableDevice() throws Exception {
        Path site = start(declared(dir.resolve("declared.yaml")));
        assertThat(audit(site, "--remediate", "--yes").err()).contains("remediation acc-2: fixed");
        // the same lab, audited with a site that declares nothing
        Path undeclared = Files.writeString(dir.resolve("undeclared.yaml"),
                Files.readString(site).replace("  port_numbers: position\n", ""));

        Run run = audit(undeclared, "--format", "json");
        JsonNode report = json(run.out());
        assertThat(outcomeOf(report, "acc-2")).isEqualTo("drift");
        List<JsonNode> findings = new ArrayList<>();
        device(report, "acc-2").get("findings").forEach(findings::add);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("data-uninterpreted");
            assertThat(f.get("path").asText()).contains("vlan-registration-entry").contains("port-map[port-ref=");
            assertThat(f.get("message").asText()).contains("set port_numbers: position");
        });
        // the devices that publish their numbering are unaffected
        assertThat(outcomeOf(report, "acc-1")).isEqualTo("clean");
    }

    /** The minimal site, declaring that bridge ports are numbered by hardware position. */
    private static Path declared(Path target) throws Exception {
        String text = Files.readString(MINIMAL);
        assertThat(text).contains("  confirm_timeout: 120s\n");
        return Files.writeString(target, text.replace("  confirm_timeout: 120s\n", "  confirm_timeout: 120s\n  port_numbers: position\n"));
    }

    /** The lab for {@code source}: acc-2 factory-default and publishing no numbering; the rest as golden. */
    private Path start(Path source) throws Exception {
        var loaded = SiteLoader.defaults().loadOrThrow(source);
        lab = AuditLab.start(loaded, dir.resolve("lab"),
                Map.of("acc-2", new AuditLab.Variant("", SwitchFeatures.all().without("port-numbers"))));
        return lab.writeSiteFile(source, dir.resolve("site.yaml"));
    }

    private record Run(int code, String out, String err) {}

    private Run audit(Path site, String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--site", site.toString(), "--journal", dir.resolve("journal.db").toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
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
}
