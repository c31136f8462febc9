package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    static final Path CITY = Path.of("../templates/sites/city/site.yaml");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void rendersEveryDeviceIntoAFolder() throws IOException {
        assertThat(run("render", "--site", CITY.toString(), "--out", dir.toString())).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(18);
        }
        assertThat(Files.readString(dir.resolve("core-1.xml"))).contains("<hostname>core-1</hostname>");
        assertThat(cli.out()).contains("18 device(s) rendered into " + dir);
    }

    @Test
    void rendersOneStagedDeviceToStandardOutput() {
        assertThat(run("render", "--site", CITY.toString(), "--device", "acc-5", "--staged")).isZero();
        assertThat(cli.out()).startsWith("<config").contains("<hostname>acc-5</hostname>", "ieee802-dot1q-bridge");
    }

    @Test
    void badSiteExitsWithTwoAndListsEveryError() throws IOException {
        Path bad = dir.resolve("site.yaml");
        Files.writeString(bad, Files.readString(CITY)
                .replace("{ id: 300, name: cctv, service: cctv }", "{ id: 5000, name: cctv, service: cctv }")
                .replace("secret: file:~/.switchover/lab/password", "secret: hunter2"));
        // the line of the example's one secret reference, wherever its header comment ends
        int secretLine = Files.readAllLines(CITY).indexOf("    secret: file:~/.switchover/lab/password") + 1;
        assertThat(secretLine).isPositive();
        assertThat(run("render", "--site", bad.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err())
                .contains("error(s) in " + bad)
                .contains(bad + ":" + secretLine + ":13: defaults.credentials.secret: inline password refused")
                .contains("vlans[4].id: VLAN id 5000 is outside 1..4094")
                .doesNotContain("hunter2");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void unknownDeviceExitsWithTwo() {
        assertThat(run("render", "--site", CITY.toString(), "--device", "acc-99")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("no device 'acc-99'").contains("core-1, core-2");
    }

    @Test
    void brokenUserTemplateExitsWithTwoNamingFileAndLine() throws IOException {
        Path t = dir.resolve("openconfig/core.xml.j2");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "{# owns: http://openconfig.net/yang/system system #}\n<config>{{ nosuch }}</config>\n");
        assertThat(run("render", "--site", CITY.toString(), "--device", "core-1", "--templates", dir.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).startsWith(t + ":2: ").contains("nosuch");
    }
}
