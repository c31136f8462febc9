package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A link whose derived trunk carries no VLAN (a cross-link between two access switches that no
 * service's shortest path crosses) renders on each vendor platform as that vendor's empty trunk,
 * and the payload stays valid against the vendor's YANG models.
 */
class EmptyTrunkTemplatesTest {

    @TempDir
    Path out;

    @Test
    void iosxeRendersAnEmptyTrunkAsAllowedVlanNone() throws Exception {
        Site site = withCrossLink("cisco-branch", "  - { a: \"acc-1:TenGigabitEthernet1/1/2\", b: \"acc-2:TenGigabitEthernet1/1/3\" }",
                "acc-1", "TenGigabitEthernet1/1/2");
        String xml = Renderer.builtIn().render(site, site.device("acc-1"), false).xml();
        Document doc = parse(xml);
        String port = "/config/native/interface/TenGigabitEthernet[name='1/1/2']/switchport-config/switchport";
        assertThat(count(doc, port + "/mode/trunk")).isEqualTo(1);
        assertThat(count(doc, port + "/trunk/allowed/vlan-v2/vlan-choices/none")).isEqualTo(1);
        assertThat(count(doc, port + "/trunk/allowed/vlan-v2/vlan-choices/vlans")).isZero();
        // the link's other end and a trunk carrying VLANs keep their allowed list
        assertThat(count(doc, "/config/native/interface/TenGigabitEthernet[name='1/1/1']/switchport-config/switchport/trunk/allowed/vlan-v2/vlan-choices/vlans"))
                .isEqualTo(1);
        assertValid("iosxe", xml, Renderer.builtIn().render(site, site.device("acc-2"), false).xml());
    }

    @Test
    void eosRendersAnEmptyTrunkAsTrunkModeWithoutTrunkVlans() throws Exception {
        Site site = withCrossLink("arista-branch", "  - { a: \"acc-1:Ethernet27\", b: \"acc-2:Ethernet27\" }", "acc-1", "Ethernet27");
        String xml = Renderer.builtIn().render(site, site.device("acc-1"), false).xml();
        Document doc = parse(xml);
        String port = "/config/interfaces/interface[name='Ethernet27']/ethernet/switched-vlan/config";
        assertThat(text(doc, port + "/interface-mode")).isEqualTo("TRUNK");
        assertThat(count(doc, port + "/trunk-vlans")).isZero();
        assertThat(count(doc, "/config/interfaces/interface[name='Ethernet25']/ethernet/switched-vlan/config/trunk-vlans")).isPositive();
        assertValid("eos", xml, Renderer.builtIn().render(site, site.device("acc-2"), false).xml());
    }

    @Test
    void junosRendersAnEmptyTrunkAsTrunkModeWithoutVlanMembers() throws Exception {
        Site site = withCrossLink("branch", "  - { a: \"ex-1:xe-0/1/1\", b: \"ex-2:xe-0/1/1\" }", "ex-1", "xe-0/1/1");
        String xml = Renderer.builtIn().render(site, site.device("ex-1"), false).xml();
        Document doc = parse(xml);
        String port = "/config/configuration/interfaces/interface[name='xe-0/1/1']/unit[name='0']/family/ethernet-switching";
        assertThat(text(doc, port + "/interface-mode")).isEqualTo("trunk");
        assertThat(count(doc, port + "/vlan")).isZero();
        assertThat(count(doc, "/config/configuration/interfaces/interface[name='xe-0/1/0']/unit/family/ethernet-switching/vlan/members")).isPositive();
        assertValid("junos", xml, Renderer.builtIn().render(site, site.device("ex-2"), false).xml());
    }

    /** The example site with one more link, checked to derive an empty trunk on {@code device:port}. */
    private static Site withCrossLink(String siteName, String link, String device, String port) throws Exception {
        Path file = Path.of("sites", siteName, "site.yaml");
        String yaml = Files.readString(file);
        int links = yaml.indexOf("\nlinks:\n");
        assertThat(links).as("%s has a links section", siteName).isPositive();
        int end = yaml.indexOf("\n\n", links + 1);
        String changed = end < 0 ? yaml.stripTrailing() + "\n" + link + "\n" : yaml.substring(0, end) + "\n" + link + yaml.substring(end);
        var parsed = SiteLoader.defaults().parse(file, changed);
        assertThat(parsed.isValid()).as(() -> parsed.getError().toString()).isTrue();
        Site site = parsed.get();
        Port p = site.device(device).ports().get(port);
        assertThat(p.mode()).as(device + ":" + port).isEqualTo(Port.Mode.TRUNK);
        assertThat(p.trunkVlans()).as(device + ":" + port).isEmpty();
        return site;
    }

    private void assertValid(String platform, String... payloads) throws Exception {
        Path validator = YangValidationTest.validator();
        List<String> command = new ArrayList<>(List.of(validator.toString(), "--platform", platform));
        for (int i = 0; i < payloads.length; i++) {
            command.add(Files.writeString(out.resolve(platform + "-" + i + ".xml"), payloads[i], StandardCharsets.UTF_8).toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("yang-validate finished").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.startsWith("valid")).count()).as(output).isEqualTo(payloads.length);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document doc, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, doc);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((Number) XPathFactory.newInstance().newXPath().evaluate("count(" + path + ")", doc, XPathConstants.NUMBER)).intValue();
    }
}
