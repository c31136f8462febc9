package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Device;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;

class RendererTest {

    static final Site CITY = SiteLoader.defaults().loadOrThrow(Path.of("sites/city/site.yaml"));
    static final String OC_OWNS = """
            {# owns: http://openconfig.net/yang/system system #}
            """;

    @TempDir
    Path dir;

    @Test
    void undefinedVariableNamesTheTemplateFileAndLine() throws IOException {
        Path t = write("openconfig/access.xml.j2", OC_OWNS + """
                <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
                  <system xmlns="http://openconfig.net/yang/system"><config><hostname>{{ hostnme }}</hostname></config></system>
                </config>
                """);
        assertThatThrownBy(() -> Renderer.withOverrides(dir).render(CITY, CITY.device("acc-1"), false))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.template()).isEqualTo(t.toString());
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.device()).isEqualTo("acc-1");
                    assertThat(e.getMessage()).startsWith(t + ":3: ").contains("hostnme");
                });
    }

    @Test
    void unknownFilterNamesTheTemplateFileAndLine() throws IOException {
        Path t = write("openconfig/access.xml.j2", OC_OWNS + """
                <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">

                  <system xmlns="http://openconfig.net/yang/system"><config><hostname>{{ hostname|shout }}</hostname></config></system>
                </config>
                """);
        assertThatThrownBy(() -> Renderer.withOverrides(dir).render(CITY, CITY.device("acc-1"), false))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.template()).isEqualTo(t.toString());
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("shout");
                });
    }

    @Test
    void templateSyntaxErrorIsReportedForEveryDeviceNotOnlyTheFirst() throws IOException {
        Path t = write("openconfig/access.xml.j2", OC_OWNS + """
                <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
                {% if hostname %}
                </config>
                """);
        Renderer r = Renderer.withOverrides(dir);
        for (String device : List.of("acc-1", "acc-2")) {
            assertThatThrownBy(() -> r.render(CITY, CITY.device(device), false))
                    .isInstanceOfSatisfying(RenderException.class, e -> {
                        assertThat(e.template()).isEqualTo(t.toString());
                        assertThat(e.device()).isEqualTo(device);
                    });
        }
    }

    @Test
    void userFolderOverridesBuiltInsFileByFile() throws IOException {
        write("openconfig/access.xml.j2", OC_OWNS + """
                <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
                  <system xmlns="http://openconfig.net/yang/system"><config><hostname>{{ hostname }}-custom</hostname></config></system>
                </config>
                """);
        Renderer r = Renderer.withOverrides(dir);
        RenderedConfig access = r.render(CITY, CITY.device("acc-1"), false);
        assertThat(access.xml()).contains("<hostname>acc-1-custom</hostname>").doesNotContain("<interfaces");
        assertThat(access.ownedSubtrees()).containsExactly(new OwnedSubtree("http://openconfig.net/yang/system", "system"));
        RenderedConfig core = r.render(CITY, CITY.device("core-1"), false);
        assertThat(core.xml()).contains("<hostname>core-1</hostname>", "<interfaces");
    }

    @Test
    void overriddenMacrosAreUsedByBuiltInRoleTemplates() throws IOException {
        String builtIn = new String(getClass().getClassLoader().getResourceAsStream("templates/ietf/macros.j2").readAllBytes());
        write("ietf/macros.j2", builtIn.replace("<hostname>{{ hostname|e }}</hostname>", "<hostname>{{ hostname|upper }}</hostname>"));
        assertThat(Renderer.withOverrides(dir).render(CITY, CITY.device("acc-5"), false).xml()).contains("<hostname>ACC-5</hostname>");
    }

    @Test
    void errorInAnOverriddenMacroFileNamesThatFileAndLine() throws IOException {
        String builtIn = new String(getClass().getClassLoader().getResourceAsStream("templates/openconfig/macros.j2").readAllBytes());
        String broken = builtIn.replace("<mtu>{{ port.mtu }}</mtu>", "<mtu>{{ port.jumbo_mtu }}</mtu>");
        Path t = write("openconfig/macros.j2", broken);
        int line = (int) broken.substring(0, broken.indexOf("port.jumbo_mtu")).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> Renderer.withOverrides(dir).render(CITY, CITY.device("core-1"), false))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.template()).isEqualTo(t.toString());
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains("port.jumbo_mtu");
                });
    }

    @Test
    void templateWithoutOwnsHeaderIsRefused() throws IOException {
        Path t = write("openconfig/access.xml.j2", "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"/>\n");
        assertThatThrownBy(() -> Renderer.withOverrides(dir).render(CITY, CITY.device("acc-1"), false))
                .isInstanceOf(RenderException.class)
                .hasMessage(t + ":1: the template declares no owned subtree; add a line {# owns: NAMESPACE ELEMENT #} "
                        + "per top-level element (rendering acc-1)");
    }

    @Test
    void topLevelElementNotDeclaredAsOwnedIsRefused() throws IOException {
        Path t = write("openconfig/access.xml.j2", OC_OWNS + """
                <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
                  <lldp xmlns="http://openconfig.net/yang/lldp"/>
                </config>
                """);
        assertThatThrownBy(() -> Renderer.withOverrides(dir).render(CITY, CITY.device("acc-1"), false))
                .isInstanceOf(RenderException.class)
                .hasMessage(t + ": top-level element {http://openconfig.net/yang/lldp}lldp is not declared with "
                        + "{# owns: http://openconfig.net/yang/lldp lldp #} (rendering acc-1)");
    }

    @Test
    void malformedOutputIsRefused() throws IOException {
        write("openconfig/access.xml.j2", OC_OWNS + """
                <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
                  <system xmlns="http://openconfig.net/yang/system"><config>
                </config>
                """);
        assertThatThrownBy(() -> Renderer.withOverrides(dir).render(CITY, CITY.device("acc-1"), false))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("rendered XML is not well-formed at output line 4");
    }

    @Test
    void descriptionsAreEscapedForXml() {
        // the golden fixture's desk profile is "Desk & counter <A>"; the payload must stay well-formed
        Site golden = SiteLoader.defaults().loadOrThrow(Path.of("src/test/resources/golden/site.yaml"));
        assertThat(Renderer.builtIn().render(golden, golden.device("acc-ietf"), false).xml())
                .contains("<description>Desk &amp; counter &lt;A&gt;</description>");
    }

    @Test
    void ownedSubtreesOfEachPlatform() {
        assertThat(Renderer.builtIn().render(CITY, CITY.device("core-1"), false).ownedSubtrees()).containsExactly(
                new OwnedSubtree("http://openconfig.net/yang/system", "system"),
                new OwnedSubtree("http://openconfig.net/yang/interfaces", "interfaces"),
                new OwnedSubtree("http://openconfig.net/yang/lldp", "lldp"));
        assertThat(Renderer.builtIn().render(CITY, CITY.device("dist-3"), true).ownedSubtrees()).containsExactly(
                new OwnedSubtree("urn:ietf:params:xml:ns:yang:ietf-system", "system"),
                new OwnedSubtree("urn:ietf:params:xml:ns:yang:ietf-interfaces", "interfaces"),
                new OwnedSubtree("urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge", "bridges"),
                new OwnedSubtree("urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp", "lldp"));
    }

    @Test
    void stagedHoldsEdgePortsDownAndLeavesLinksAsGolden() {
        Device acc = CITY.device("acc-3");
        assertThat(StagedPorts.heldDown(CITY, acc, acc.ports().get("eth1"))).isTrue();
        assertThat(StagedPorts.heldDown(CITY, acc, acc.ports().get("up1"))).isFalse();
        assertThat(StagedPorts.heldDown(CITY, acc, acc.ports().get("eth48"))).isFalse();
        String staged = Renderer.builtIn().render(CITY, acc, true).xml();
        String golden = Renderer.builtIn().render(CITY, acc, false).xml();
        long enabledGolden = golden.split("<enabled>true</enabled>", -1).length - 1;
        long enabledStaged = staged.split("<enabled>true</enabled>", -1).length - 1;
        long edge = acc.ports().values().stream().filter(p -> p.enabled() && p.mode() != Port.Mode.NONE)
                .filter(p -> CITY.linkAt(acc.name(), p.name()).isEmpty()).count();
        assertThat(edge).isEqualTo(38);
        assertThat(enabledGolden - enabledStaged).isEqualTo(edge);
    }

    @Test
    void wavesFollowServicePriority() {
        List<StagedPorts.Wave> waves = StagedPorts.waves(CITY, CITY.device("acc-3"));
        assertThat(waves).extracting(StagedPorts.Wave::priority).containsExactly(1, 2, 4);
        assertThat(waves.get(0).services()).containsExactly("public-desk", "social-affairs");
        assertThat(waves.get(0).ports()).hasSize(32).startsWith("eth1").endsWith("eth32");
        assertThat(waves.get(1).services()).containsExactly("cctv");
        assertThat(waves.get(1).ports()).containsExactly("eth41", "eth42", "eth43", "eth44");
        assertThat(waves.get(2).services()).containsExactly("guest-wifi");
        assertThat(waves.get(2).ports()).containsExactly("eth45", "eth46");
        assertThat(StagedPorts.waves(CITY, CITY.device("dist-1"))).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }
}
