package org.switchover.workflow.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.demo.DemoLab;
import org.switchover.driver.PlatformDriver;
import org.switchover.inventory.Device;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.journal.RunKind;
import org.switchover.workflow.LabSites;
import org.switchover.workflow.access.DriverPool;

/**
 * {@code audit --remediate --yes} on the city with config drift made by hand on three switches of
 * three platforms: a port description on dist-2 (IOS-XE without candidate: remediated in running
 * under the emulated confirmed commit), a port shut on core-2 (OpenConfig, native confirmed commit
 * with persist) and on acc-9 (Arista EOS).
 */
record CityRemediation(Map<String, String> shutByHand, String iosXeDevice, String iosXeInterface) implements CrashScenario {

    static CityRemediation threePlatforms() {
        return new CityRemediation(Map.of("core-2", "eth5", "acc-9", "Ethernet50"), "dist-2",
                "<TwentyFiveGigE><name>1/0/6</name><description>patched by hand</description></TwentyFiveGigE>");
    }

    @Override
    public String name() {
        return "audit --remediate";
    }

    @Override
    public DemoLab start(Path dir) throws IOException {
        DemoLab lab = DemoLab.start(LabSites.site("city"), dir, List.of());
        try (DriverPool pool = new DriverPool(lab.site(), CityReplacement.access())) {
            shutByHand.forEach((device, port) -> {
                PlatformDriver d = pool.driver(device);
                d.setPortsEnabled(Set.of(port), false);
                d.commitConfirmed(Duration.ofSeconds(60), "by-hand");
                d.confirm("by-hand");
            });
            describeByHand(lab);
            return lab;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /** As at the console: straight into running, as an IOS-XE switch without candidate takes every change. */
    private void describeByHand(DemoLab lab) throws IOException {
        Device d = lab.site().device(iosXeDevice);
        String password = Files.readString(lab.lab().directory().resolve("password")).strip();
        try (NetconfSession s = NetconfClient.connect(ConnectOptions.of(iosXeDevice, "127.0.0.1", d.management().getPort(),
                new Credentials.Password(d.credentials().username(), password), HostKeyPolicy.strict(lab.lab().knownHosts())))) {
            s.editConfig(EditConfig.of(Datastore.RUNNING, "<native xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-native\"><interface>"
                    + iosXeInterface + "</interface></native>"));
        }
    }

    @Override
    public List<String> command(DemoLab lab, Path journal) {
        return List.of("audit", "--site", lab.siteFile().toString(), "--remediate", "--yes", "--journal", journal.toString(),
                "--confirm-timeout", "60s");
    }

    /** Each switch is remediated on its own: as before or as after, switch by switch, and all after when the run says done. */
    @Override
    public List<String> judge(SiteState before, SiteState after, SiteState now, boolean completed) {
        List<String> problems = new java.util.ArrayList<>();
        List<String> notAfter = now.differingFrom(after);
        List<String> mixed = notAfter.stream().filter(now.differingFrom(before)::contains).toList();
        if (!mixed.isEmpty()) problems.add("half-remediated (neither as before nor as after): " + mixed);
        if (completed && !notAfter.isEmpty()) problems.add("the journal says the remediation completed, but " + notAfter + " still drift");
        return problems;
    }

    @Override
    public RunKind kind() {
        return RunKind.REMEDIATE;
    }
}
