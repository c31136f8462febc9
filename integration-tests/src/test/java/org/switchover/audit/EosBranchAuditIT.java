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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import picocli.CommandLine;

/**
 * The branch site on Arista EOS, audited over SSH against the lab's eos personality: clean as
 * built (ports, VLAN membership from switched-vlan config, LLDP as cabled, the VLAN table in the
 * default network instance); a VLAN renamed at the console is drift on that leaf of the VLAN
 * table; remediation puts it back and the audit reads it back clean. What a real Arista carries and
 * the site does not model (the management VRF, users, ssh-server, a VLAN set up by hand) is never
 * drift, and a remediation leaves it byte-for-byte.
 */
class EosBranchAuditIT {

    private static final Path BRANCH = Path.of("../templates/sites/arista-branch/site.yaml");
    private static final String NETINST = "http://openconfig.net/yang/network-instance";

    /** What a real Arista carries besides the golden (valid against EOS's models with Arista's deviations). */
    private static final String MANAGEMENT = """
            <system xmlns="http://openconfig.net/yang/system">
              <ssh-server><config><enable>true</enable><timeout>60</timeout></config></ssh-server>
              <aaa><authentication><users><user><username>netops</username>
                <config><username>netops</username><password-hashed>$6$Kq2n8sLwQe4t$kOavqEvyJOiB19BDLkNtimRiBsBSf9GjbZ0.gzRfXVbTgoNILNEeL9IzJySET//roBgRgGDyKc3e2APDY63Nn/</password-hashed>
                  <role xmlns:oc-aaa-types="http://openconfig.net/yang/aaa/types">oc-aaa-types:SYSTEM_ROLE_ADMIN</role></config>
              </user></users></authentication></aaa>
            </system>
            <network-instances xmlns="http://openconfig.net/yang/network-instance">
              <network-instance><name>MGMT</name>
                <config><name>MGMT</name><type xmlns:oc-ni-types="http://openconfig.net/yang/network-instance-types">oc-ni-types:L3VRF</type></config>
              </network-instance>
              <network-instance><name>default</name>
                <vlans><vlan><vlan-id>999</vlan-id><config><vlan-id>999</vlan-id><name>oob-cameras</name></config></vlan></vlans>
              </network-instance>
            </network-instances>
            <lldp xmlns="http://openconfig.net/yang/lldp"><config><hello-timer>10</hello-timer></config></lldp>
            """;

    private static final String MANAGEMENT_FILTER = "<system xmlns=\"http://openconfig.net/yang/system\"><ssh-server/><aaa/></system>"
            + "<network-instances xmlns=\"" + NETINST + "\"><network-instance><name>MGMT</name></network-instance>"
            + "<network-instance><name>default</name><vlans><vlan><vlan-id>999</vlan-id></vlan></vlans></network-instance></network-instances>"
            + "<lldp xmlns=\"http://openconfig.net/yang/lldp\"><config><hello-timer/></config></lldp>";

    @TempDir
    Path dir;

    private AuditLab lab;
    private Path siteFile;
    private Site site;

    @BeforeEach
    void start() throws Exception {
        lab = AuditLab.start(SiteLoader.defaults().loadOrThrow(BRANCH), dir.resolve("lab"));
        siteFile = lab.writeSiteFile(BRANCH, dir.resolve("site.yaml"));
        site = SiteLoader.defaults().loadOrThrow(siteFile);
    }

    @AfterEach
    void stop() {
        if (lab != null) lab.close();
    }

    @Test
    void theBranchAuditsCleanAndARenamedVlanIsDriftThatRemediationFixes() throws Exception {
        Run clean = audit("--format", "json");
        assertThat(clean.code()).as(clean.out()).isZero();
        JsonNode first = new ObjectMapper().readTree(clean.out());
        for (String d : List.of("core-1", "acc-1", "acc-2")) assertThat(outcomeOf(first, d)).isEqualTo("clean");

        try (NetconfSession s = session("acc-1")) {
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, "<network-instances xmlns=\"" + NETINST + "\"><network-instance>"
                    + "<name>default</name><vlans><vlan><vlan-id>120</vlan-id><config><vlan-id>120</vlan-id><name>phones</name>"
                    + "</config></vlan></vlans></network-instance></network-instances>"));
            s.commit();
        }
        JsonNode drift = new ObjectMapper().readTree(audit("--format", "json").out());
        assertThat(outcomeOf(drift, "acc-1")).isEqualTo("drift");
        List<String> paths = new ArrayList<>();
        device(drift, "acc-1").get("findings").forEach(f -> paths.add(f.get("path").asText()));
        assertThat(paths).containsExactly("/network-instances/network-instance[name=default]/vlans/vlan[vlan-id=120]/config/name");

        assertThat(audit("--remediate", "--yes").err()).contains("remediation acc-1: fixed");
        JsonNode after = new ObjectMapper().readTree(audit("--format", "json").out());
        assertThat(outcomeOf(after, "acc-1")).isEqualTo("clean");
    }

    @Test
    void whatTheBranchDoesNotModelIsNeverDriftAndARemediationLeavesItByteForByte() throws Exception {
        try (NetconfSession s = session("acc-2")) {
            s.editConfig(EditConfig.of(Datastore.CANDIDATE, MANAGEMENT));
            s.commit();
        }
        String before = management("acc-2");
        assertThat(before).contains("MGMT", "netops", "oob-cameras", "<timeout>60</timeout>", "<hello-timer>10</hello-timer>");
        Run clean = audit("--format", "json");
        assertThat(outcomeOf(new ObjectMapper().readTree(clean.out()), "acc-2")).as(clean.out()).isEqualTo("clean");

        try (NetconfSession s = session("acc-2")) {
            s.editConfig(EditConfig.of(Datastore.CANDIDATE,
                    "<system xmlns=\"http://openconfig.net/yang/system\"><config><hostname>by-hand</hostname></config></system>"));
            s.commit();
        }
        JsonNode drift = new ObjectMapper().readTree(audit("--format", "json").out());
        List<String> paths = new ArrayList<>();
        device(drift, "acc-2").get("findings").forEach(f -> paths.add(f.get("path").asText()));
        assertThat(paths).containsExactly("/system/config/hostname");

        assertThat(audit("--remediate", "--yes").err()).contains("remediation acc-2: fixed");
        assertThat(outcomeOf(new ObjectMapper().readTree(audit("--format", "json").out()), "acc-2")).isEqualTo("clean");
        assertThat(management("acc-2")).as("the replace push of the golden left it alone").isEqualTo(before);
    }

    /** The parts of {@code device}'s running configuration {@link #MANAGEMENT} set, as the switch prints them. */
    private String management(String device) throws Exception {
        try (NetconfSession s = session(device)) {
            return org.switchover.platform.DeviceXml.print(s.getConfig(Datastore.RUNNING, java.util.Optional.of(MANAGEMENT_FILTER)));
        }
    }

    private NetconfSession session(String device) throws Exception {
        Device d = site.device(device);
        String password = Files.readString(lab.lab.directory().resolve("password")).strip();
        return NetconfClient.connect(ConnectOptions.of(device, "127.0.0.1", d.management().getPort(),
                new Credentials.Password(d.credentials().username(), password), HostKeyPolicy.strict(lab.lab.knownHosts())));
    }

    private record Run(int code, String out, String err) {}

    private Run audit(String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--site", siteFile.toString(), "--journal", dir.resolve("journal.db").toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static String outcomeOf(JsonNode report, String device) {
        return device(report, device).get("outcome").asText();
    }

    private static JsonNode device(JsonNode report, String device) {
        for (JsonNode d : report.get("devices")) if (d.get("device").asText().equals(device)) return d;
        throw new AssertionError("no device " + device + " in the report");
    }
}
