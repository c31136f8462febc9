package org.switchover.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.inventory.Link;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.Lab;
import org.switchover.lab.LabControl;
import org.switchover.lab.LabSpec;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.render.Renderer;
import org.w3c.dom.Element;
import picocli.CommandLine;

/** The example city site as a running lab: golden configs accepted, cabling as the site says, faults from the CLI. */
class SiteLabTest {
    private static final Path CITY = Path.of("../templates/sites/city/site.yaml");

    @TempDir Path dir;

    private Site city() throws Exception {
        String yaml = Files.readString(CITY)
                .replace("file:~/.switchover/lab/password", "file:" + dir.resolve("password"))
                .replace("~/.switchover/lab/known_hosts", dir.resolve("known_hosts").toString());
        var loaded = SiteLoader.defaults().parse(CITY.toAbsolutePath(), yaml);
        assertThat(loaded.isValid()).as("city site loads: %s", loaded.isInvalid() ? loaded.getError() : "").isTrue();
        return loaded.get();
    }

    @Test
    void cityLabServesGoldenConfigsAndCablingAndTakesFaultsFromTheCli() throws Exception {
        Site site = city();
        LabSpec spec = SiteLab.spec(site, Renderer.builtIn(), dir.resolve("lab"), new LabSecrets(Map.of()), 1, true);
        assertThat(spec.switches()).hasSizeGreaterThan(site.devices().size());
        assertThat(spec.switches().stream().filter(LabSpec.SwitchSpec::spare)).isNotEmpty();
        String password = Files.readAllLines(dir.resolve("password")).get(0);
        assertThat(password).hasSizeGreaterThan(16);

        try (Lab lab = Lab.start(spec); LabControl control = LabControl.start(lab)) {
            SiteLab.publishKnownHosts(lab, site);
            Link link = site.links().get(0);
            String near = link.a().device();
            ConnectOptions options = ConnectOptions.of(near, "127.0.0.1", lab.get(near).port(),
                    new Credentials.Password("admin", password), HostKeyPolicy.strict(dir.resolve("known_hosts")))
                    .withConnectTimeout(Duration.ofSeconds(10));
            try (NetconfSession s = NetconfClient.connect(options)) {
                Element all = s.get(Optional.empty());
                String text = all.getTextContent();
                assertThat(text).contains(link.b().device()).contains(link.b().port());
            }
            assertThat(lab.get(link.b().device()).hostname()).isEqualTo(link.b().device());

            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out));
            int code = cli.execute("lab", "power-off", link.b().device(), "--dir", dir.resolve("lab").toString());
            assertThat(code).isEqualTo(Main.OK);
            assertThat(out.toString()).contains(link.b().device() + " is powered off");
            assertThat(lab.get(link.b().device()).powered()).isFalse();
            assertThat(lab.topology().status(lab.get(near), link.a().port()).operUp()).isFalse();

            // racking: a spare of link.b's model and platform takes every cable of link.b on the same ports
            var old = site.device(link.b().device());
            String spare = "spare-" + old.model() + "-" + old.platform().id() + "-1";
            out.getBuffer().setLength(0);
            StringWriter rackErr = new StringWriter();
            cli.setErr(new PrintWriter(rackErr, true));
            code = cli.execute("lab", "rack", spare, "--as", old.name(), "--dir", dir.resolve("lab").toString());
            assertThat(code).as(out + "\n" + rackErr).isEqualTo(Main.OK);
            assertThat(out.toString()).contains("racked " + spare + " as " + old.name() + ": " + site.linksOf(old.name()).size() + " cable(s) moved");
            for (Link l : site.linksOf(old.name())) {
                var far = new org.switchover.lab.Topology.Endpoint(l.farEnd(old.name()).device(), l.farEnd(old.name()).port());
                assertThat(lab.topology().cabledTo(far)).contains(new org.switchover.lab.Topology.Endpoint(spare, l.nearEnd(old.name()).port()));
            }

            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute("lab", "unplug", "nosuch:eth1", "--dir", dir.resolve("lab").toString())).isEqualTo(Main.BAD_INPUT);
            assertThat(err.toString()).contains("no switch 'nosuch'");
        }
    }
}
