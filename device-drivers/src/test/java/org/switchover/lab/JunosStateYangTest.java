package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.DeviceXml;

/**
 * Every reply of a junos lab switch that a Juniper YANG module describes is valid against it,
 * checked by yanglint: the state RPCs as NETCONF replies against the RPC models in {@code rpc/}
 * (with a port up, one down, LLDP neighbours, access and trunk members), and the configuration
 * {@code <get-config>} returns against the configuration models.
 */
class JunosStateYangTest {
    private static final String CONF = "<configuration xmlns=\"http://yang.juniper.net/junos-ex/conf/root\">"
            + "<system xmlns=\"http://yang.juniper.net/junos-ex/conf/system\"><host-name>%s</host-name></system>"
            + "<interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\">"
            + "<interface><name>ge-0/0/0</name><description>desk</description><mtu>1514</mtu><unit><name>0</name><family><ethernet-switching>"
            + "<interface-mode>access</interface-mode><vlan><members>office</members></vlan></ethernet-switching></family></unit></interface>"
            + "<interface><name>ge-0/0/1</name><unit><name>0</name><family><ethernet-switching><interface-mode>trunk</interface-mode>"
            + "<vlan><members>110</members><members>120</members></vlan></ethernet-switching></family></unit></interface>"
            + "<interface><name>ge-0/0/2</name><disable/></interface></interfaces>"
            + "<vlans xmlns=\"http://yang.juniper.net/junos-ex/conf/vlans\"><vlan><name>office</name><vlan-id>110</vlan-id></vlan>"
            + "<vlan><name>voice</name><vlan-id>120</vlan-id></vlan></vlans>"
            + "<protocols xmlns=\"http://yang.juniper.net/junos-ex/conf/protocols\"><lldp><interface><name>all</name></interface></lldp></protocols>"
            + "</configuration>";
    /** Each state RPC with the module that describes it. */
    private static final Map<String, String> RPCS = Map.of(
            "get-interface-information", "interfaces",
            "get-lldp-neighbors-information", "lldp",
            "get-ethernet-switching-interface-details", "ethernet-switching");

    @TempDir Path dir;

    @Test
    void everyReplyAJuniperModelDescribesIsValidAgainstIt() throws Exception {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        Path junos = yang.resolve("vendor/junos-23.4R2");
        boolean yanglint = new ProcessBuilder("sh", "-c", "command -v yanglint").start().waitFor() == 0;
        if (!Files.isDirectory(junos) || !yanglint) {
            System.out.println("JunosStateYangTest skipped: needs " + junos.toAbsolutePath() + " and yanglint (apt-get install -y libyang2-tools)");
        }
        assumeTrue(Files.isDirectory(junos) && yanglint, "Junos YANG folder or yanglint missing");
        SwitchModel ex = new SwitchModel("EX2300-LAB-4", "Juniper Networks", "23.4R2.13", List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2", "ge-0/0/3"));
        LabSpec spec = new LabSpec(dir.resolve("lab"), List.of(
                LabSpec.SwitchSpec.of("a", SwitchPlatform.JUNOS, ex, CONF.formatted("ex-a"), LabFixtures.ADMIN),
                LabSpec.SwitchSpec.of("b", SwitchPlatform.JUNOS, ex, CONF.formatted("ex-b"), LabFixtures.ADMIN)),
                List.of(LabSpec.CableSpec.parse("a:ge-0/0/0", "b:ge-0/0/1"), LabSpec.CableSpec.parse("a:ge-0/0/2", "b:ge-0/0/2")));
        try (Lab lab = Lab.start(spec);
                NetconfSession s = NetconfClient.connect(ConnectOptions.of("a", "127.0.0.1", lab.get("a").port(),
                        new Credentials.Password("admin", "lab-secret"), HostKeyPolicy.strict(lab.knownHosts()))
                        .withRpcTimeout(Duration.ofSeconds(10)))) {
            for (Map.Entry<String, String> rpc : RPCS.entrySet()) {
                String reply = DeviceXml.print(s.rpc("<" + rpc.getKey() + "/>").element());
                assertThat(reply).as(rpc.getKey()).contains("<" + (rpc.getValue().equals("lldp") ? "lldp-neighbor-information" : rpc.getValue()
                        .equals("interfaces") ? "physical-interface" : "l2ng-l2ald-iff-interface-entry"));
                Path request = Files.writeString(dir.resolve(rpc.getKey() + "-rpc.xml"), "<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\""
                        + " message-id=\"1\"><" + rpc.getKey() + " xmlns=\"http://yang.juniper.net/junos-ex/rpc/" + rpc.getValue() + "\"/></rpc>");
                Path answer = Files.writeString(dir.resolve(rpc.getKey() + "-reply.xml"), reply);
                Path module = junos.resolve("rpc/junos-ex-rpc-" + rpc.getValue() + "@2023-01-01.yang");
                assertThat(run("yanglint", "-p", junos.toString(), "-p", junos.resolve("rpc").toString(), "-t", "nc-reply", "-R",
                        request.toString(), module.toString(), answer.toString())).as("yanglint on the reply to %s:\n%s", rpc.getKey(), reply).isEmpty();
            }
            String running = DeviceXml.print(s.getConfig(Datastore.RUNNING, Optional.empty()));
            Path config = Files.writeString(dir.resolve("running.xml"), running.replaceFirst("^<data", "<config").replaceFirst("</data>$", "</config>"));
            assertThat(run(yang.resolveSibling("tools").resolve("yang-validate").toString(), "--platform", "junos", config.toString()))
                    .as("yang-validate on get-config:\n%s", running).isEmpty();
        }
    }

    /** Runs {@code command}; its output when it fails, else empty. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? "" : out;
    }
}
