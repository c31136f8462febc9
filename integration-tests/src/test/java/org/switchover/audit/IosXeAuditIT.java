package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import org.switchover.workflow.UnmanagedConfig;
import picocli.CommandLine;

/**
 * {@code switchover audit} on the Cisco branch site over real SSH against IOS-XE lab switches
 * (no candidate datastore): clean as built, a description changed at the console is found as
 * drift on its native path, and remediation pushes golden into running and leaves it clean; only
 * the areas of {@code native} switchover owns are audited and remediated, never the switch's
 * logins, SSH settings, management port or VLANs the site does not model.
 */
class IosXeAuditIT {

    static final Path BRANCH = Path.of("../templates/sites/cisco-branch/site.yaml");

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
    void driftOnAnIosXeSwitchIsFoundOnItsNativePathAndRemediatedInRunning() throws Exception {
        Run clean = audit();
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();

        try (NetconfSession s = session("acc-1")) {
            assertThat(s.serverCapabilities().candidate()).isFalse();
            s.editConfig(EditConfig.of(Datastore.RUNNING, "<native xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-native\"><interface>"
                    + "<GigabitEthernet><name>1/0/5</name><description>moved desk</description></GigabitEthernet></interface></native>"));
        }
        Run drift = audit();
        assertThat(drift.code()).as(drift.out() + drift.err()).isEqualTo(1);
        assertThat(drift.out()).contains("acc-1").contains("/native/interface/GigabitEthernet[name=1/0/5]/description");

        Run fix = audit("--remediate", "--yes");
        assertThat(fix.err()).contains("remediation acc-1: fixed");
        Run after = audit();
        assertThat(after.code()).as(after.out() + after.err()).isZero();
    }

    @Test
    void onlyTheOwnedAreasAreAuditedAndRemediationLeavesEverythingElseAsItWas() throws Exception {
        String nc = "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\"";
        try (NetconfSession s = session("acc-1")) {
            s.editConfig(EditConfig.of(Datastore.RUNNING, NATIVE + "<ip><ssh><time-out>90</time-out></ssh></ip>"
                    + "<vlan><vlan-list " + VLAN + "><id>998</id><name>by-hand</name></vlan-list></vlan>"
                    + "<interface><GigabitEthernet><name>0/0</name><description>moved by hand</description></GigabitEthernet></interface>"
                    + "</native>"));
        }
        Run outside = audit();
        assertThat(outside.code()).as("drift outside the owned areas is not drift: " + outside.out() + outside.err()).isZero();

        try (NetconfSession s = session("acc-1")) {
            s.editConfig(EditConfig.of(Datastore.RUNNING, NATIVE + "<hostname>acc-1-by-hand</hostname>"
                    + "<vlan><vlan-list " + VLAN + " " + nc + " nc:operation=\"remove\"><id>120</id></vlan-list></vlan></native>"));
        }
        Run drift = audit();
        assertThat(drift.code()).as(drift.out() + drift.err()).isEqualTo(1);
        assertThat(drift.out()).contains("/native/hostname", "acc-1-by-hand", "/native/vlan/vlan-list[id=120]")
                .doesNotContain("time-out", "name=0/0", "998", "netops", "$9$", "Mgmt-vrf");

        List<String> unmanaged = UnmanagedConfig.of(lab.lab.get("acc-1"), site.vlans().keySet());
        assertThat(String.join("", unmanaged)).contains("<time-out>90</time-out>", "moved by hand", "<id>998</id>", "netops");
        Run fix = audit("--remediate", "--yes");
        assertThat(fix.err()).contains("remediation acc-1: fixed");
        Run after = audit();
        assertThat(after.code()).as(after.out() + after.err()).isZero();
        assertThat(lab.lab.get("acc-1").hostname()).isEqualTo("acc-1");
        assertThat(UnmanagedConfig.of(lab.lab.get("acc-1"), site.vlans().keySet())).as("remediation stayed inside the owned areas")
                .isEqualTo(unmanaged);
        for (String text : List.of(outside.out() + outside.err(), drift.out() + drift.err(), fix.out() + fix.err(),
                new String(Files.readAllBytes(dir.resolve("journal.db")), StandardCharsets.ISO_8859_1))) {
            assertThat(text).doesNotContain("$9$").doesNotContain("netops");
        }
    }

    private static final String NATIVE = "<native xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-native\">";
    private static final String VLAN = "xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-vlan\"";

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

    private NetconfSession session(String device) throws Exception {
        Device d = site.device(device);
        String password = Files.readString(lab.lab.directory().resolve("password")).strip();
        return NetconfClient.connect(ConnectOptions.of(device, "127.0.0.1", d.management().getPort(),
                new Credentials.Password(d.credentials().username(), password), HostKeyPolicy.strict(lab.lab.knownHosts())));
    }
}
