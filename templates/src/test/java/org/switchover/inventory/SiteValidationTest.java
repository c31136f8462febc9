package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per validation rule: the exact message, line, column and path of each error. */
class SiteValidationTest {

    static final Path FILE = Path.of("/sites/t/site.yaml");

    static final String BASE = """
            site:
              name: t
            defaults:
              platform: openconfig
              credentials: { username: admin, secret: env:SW_PASSWORD }
            models:
              m8:
                ports: [eth1-8]
            profiles:
              desk: { description: Desk, vlan: 10 }
            services:
              office: { priority: 1, gateway: sw-1 }
            vlans:
              - { id: 10, name: office, service: office }
            devices:
              sw-1:
                role: core
                model: m8
                management: 127.0.0.1:9001
              sw-2:
                role: access
                model: m8
                management: 127.0.0.1:9002
                ports:
                  eth1-4: { profile: desk }
            links:
              - { a: "sw-1:eth8", b: "sw-2:eth8" }
            """;

    @Test
    void baseSiteIsValid() {
        Site site = load(BASE).get();
        assertThat(site.device("sw-2").ports().get("eth8").trunkVlans()).containsExactly(10);
        assertThat(site.device("sw-2").ports().get("eth3").description()).isEqualTo("Desk");
    }

    @Test
    void unknownKey() {
        String yaml = BASE.replace("    model: m8\n    management: 127.0.0.1:9001", "    model: m8\n    colour: blue\n    management: 127.0.0.1:9001");
        assertOnlyError(yaml, "colour: blue", "devices.sw-1.colour",
                "unknown key 'colour' (expected one of: role, platform, model, management, serial, credentials, known_hosts, ports, port_numbers)");
    }

    @Test
    void portNumbersAreDeclaredSiteWideOrPerDeviceAndDefaultToTheDevice() {
        Site none = load(BASE).get();
        assertThat(none.device("sw-1").portNumbers()).isEqualTo(PortNumbering.DEVICE);
        String siteWide = BASE.replace("  credentials: { username: admin, secret: env:SW_PASSWORD }\n",
                "  credentials: { username: admin, secret: env:SW_PASSWORD }\n  port_numbers: position\n");
        Site declared = load(siteWide).get();
        assertThat(declared.defaults().portNumbers()).isEqualTo(PortNumbering.POSITION);
        assertThat(declared.device("sw-2").portNumbers()).isEqualTo(PortNumbering.POSITION);
        Site oneDevice = load(BASE.replace("    management: 127.0.0.1:9002\n", "    management: 127.0.0.1:9002\n    port_numbers: position\n")).get();
        assertThat(oneDevice.device("sw-1").portNumbers()).isEqualTo(PortNumbering.DEVICE);
        assertThat(oneDevice.device("sw-2").portNumbers()).isEqualTo(PortNumbering.POSITION);
    }

    @Test
    void anUnknownPortNumberingIsNamedWithTheChoices() {
        String yaml = BASE.replace("    management: 127.0.0.1:9002\n", "    management: 127.0.0.1:9002\n    port_numbers: ifindex\n");
        assertOnlyError(yaml, "ifindex", "devices.sw-2.port_numbers", "unknown port_numbers 'ifindex' (expected one of: device, position)");
    }

    @Test
    void duplicateKey() {
        String yaml = BASE.replace("    model: m8\n    management: 127.0.0.1:9001", "    model: m8\n    model: m9\n    management: 127.0.0.1:9001");
        assertOnlyError(yaml, "model: m9", "devices.sw-1.model", "duplicate key 'model' (first at line 18)");
    }

    @Test
    void duplicateDeviceName() {
        String yaml = BASE.replace("links:", "  sw-2:\n    role: access\n    model: m8\n    management: 127.0.0.1:9003\nlinks:");
        assertOnlyError(yaml, "sw-2:\n    role: access\n    model: m8\n    management: 127.0.0.1:9003", "devices.sw-2",
                "duplicate key 'sw-2' (first at line 20)");
    }

    @Test
    void duplicateVlan() {
        String yaml = BASE.replace("devices:", "  - { id: 10, name: again }\ndevices:");
        assertOnlyError(yaml, "10, name: again", "vlans[1].id", "duplicate VLAN 10 (first at line 14)");
    }

    @Test
    void twoDevicesWhoseNamesDifferOnlyInCase() {
        String yaml = BASE.replace("devices:\n", "devices:\n  SW-2: { role: access, model: m8, management: 127.0.0.1:9009 }\n");
        assertOnlyError(yaml, "sw-2:\n", "devices.sw-2",
                "device 'sw-2' differs from 'SW-2' (line 16) only in case; LLDP and DNS do not tell them apart, so rename one");
    }

    @Test
    void twoVlansOfOneName() {
        String yaml = BASE.replace("devices:", "  - { id: 20, name: again }\n  - { id: 30, name: again }\ndevices:");
        assertOnlyError(yaml, "again }\ndevices:", "vlans[2].name", "VLAN name 'again' is already VLAN 20's (line 15); give each VLAN its own name");
    }

    @Test
    void vlanIdOutsideRange() {
        String yaml = BASE.replace("devices:", "  - { id: 4095, name: big }\ndevices:");
        assertOnlyError(yaml, "4095", "vlans[1].id", "VLAN id 4095 is outside 1..4094");
    }

    @Test
    void vlanNameLongerThanTheModelsAllow() {
        String yaml = BASE.replace("devices:", "  - { id: 20, name: social-affairs-interview-rooms-2nd }\ndevices:");
        assertOnlyError(yaml, "social-affairs-interview-rooms-2nd", "vlans[1].name",
                "VLAN name 'social-affairs-interview-rooms-2nd' is longer than 32 characters");
    }

    @Test
    void trunkVlanRangeOutsideRange() {
        String yaml = BASE.replace("      eth1-4: { profile: desk }", "      eth1-4: { profile: desk }\n      eth5: { trunk_vlans: [\"4000-4095\"] }");
        assertOnlyError(yaml, "\"4000-4095\"", "devices.sw-2.ports.eth5.trunk_vlans[0]", "VLAN range 4000-4095 is outside 1..4094 or runs backwards");
    }

    @Test
    void danglingVlanReference() {
        String yaml = BASE.replace("      eth1-4: { profile: desk }", "      eth1-4: { profile: desk }\n      eth5: { vlan: 20 }");
        assertOnlyError(yaml, "20 }", "devices.sw-2.ports.eth5.vlan", "VLAN 20 is not defined under 'vlans'");
    }

    @Test
    void danglingServiceReference() {
        String yaml = BASE.replace("      eth1-4: { profile: desk }", "      eth1-4: { profile: desk, service: payroll }");
        assertOnlyError(yaml, "payroll", "devices.sw-2.ports.eth1-4.service", "service 'payroll' is not defined under 'services'");
    }

    @Test
    void danglingDeviceReferenceInLink() {
        String yaml = BASE.replace("b: \"sw-2:eth8\"", "b: \"sw-9:eth8\"");
        List<InventoryError> errors = load(yaml).getError().asJava();
        assertThat(errors.get(0)).isEqualTo(error(yaml, "\"sw-9:eth8\"", "links[0].b", "device 'sw-9' is not defined under 'devices'"));
        // and sw-2's desks lose their path to the gateway, which is reported too
        assertThat(errors).hasSize(2);
        assertThat(errors.get(1).message()).startsWith("service 'office' has no path from sw-2");
    }

    @Test
    void danglingVlanPinnedOnALink() {
        String yaml = BASE.replace("b: \"sw-2:eth8\" }", "b: \"sw-2:eth8\", vlans: [10, 30] }");
        assertOnlyError(yaml, "30] }", "links[0].vlans[1]", "VLAN 30 is not defined under 'vlans'");
    }

    @Test
    void danglingGatewayReference() {
        String yaml = BASE.replace("gateway: sw-1", "gateway: sw-7");
        assertOnlyError(yaml, "sw-7", "services.office.gateway", "gateway device 'sw-7' is not defined under 'devices'");
    }

    @Test
    void danglingProfileAndModelReferences() {
        String yaml = BASE.replace("{ profile: desk }", "{ profile: kiosk }").replace("    model: m8\n    management: 127.0.0.1:9001", "    model: m48\n    management: 127.0.0.1:9001");
        List<InventoryError> errors = load(yaml).getError().asJava();
        assertThat(errors).startsWith(
                error(yaml, "m48", "devices.sw-1.model", "hardware model 'm48' is not defined under 'models'"),
                error(yaml, "kiosk", "devices.sw-2.ports.eth1-4.profile", "profile 'kiosk' is not defined under 'profiles'"));
    }

    @Test
    void portNameTheModelLacks() {
        String yaml = BASE.replace("eth1-4: { profile: desk }", "eth5-12: { profile: desk }");
        assertOnlyError(yaml, "eth5-12", "devices.sw-2.ports.eth5-12", "port eth9 is not on hardware model 'm8' of sw-2 (it has eth1..eth8)");
    }

    @Test
    void linkPortTheModelLacks() {
        String yaml = BASE.replace("a: \"sw-1:eth8\"", "a: \"sw-1:ge-0/0/1\"");
        List<InventoryError> errors = load(yaml).getError().asJava();
        assertThat(errors.get(0)).isEqualTo(error(yaml, "\"sw-1:ge-0/0/1\"", "links[0].a",
                "port ge-0/0/1 is not on hardware model 'm8' of sw-1 (it has eth1..eth8)"));
    }

    @Test
    void portUsedByTwoLinks() {
        String yaml = BASE + "  - { a: \"sw-1:eth8\", b: \"sw-2:eth7\" }\n";
        assertOnlyError(yaml, "\"sw-1:eth8\", b: \"sw-2:eth7\"", "links[1].a",
                "port sw-1:eth8 is already used by the link at line 27; a port takes one cable");
    }

    @Test
    void portConfiguredTwice() {
        String yaml = BASE.replace("      eth1-4: { profile: desk }", "      eth1-4: { profile: desk }\n      eth4: { vlan: 10 }");
        assertOnlyError(yaml, "eth4: { vlan", "devices.sw-2.ports.eth4", "port eth4 of sw-2 is configured twice (first by 'eth1-4' at line 25)");
    }

    @Test
    void serviceWithoutPathToItsGateway() {
        String yaml = BASE.replace("  - { a: \"sw-1:eth8\", b: \"sw-2:eth8\" }\n", "  []\n").replace("links:\n  []", "links: []");
        assertOnlyError(yaml, "sw-1 }", "services.office.gateway",
                "service 'office' has no path from sw-2 to its gateway sw-1: cable sw-2 in 'links' or change the gateway");
    }

    @Test
    void inlineSecretIsRefusedAndNeverEchoed() {
        String yaml = BASE.replace("secret: env:SW_PASSWORD", "password: hunter2");
        List<InventoryError> errors = load(yaml).getError().asJava();
        assertThat(errors).containsExactly(error(yaml, "hunter2", "defaults.credentials.password",
                "inline password refused: write a reference (env:VAR, file:PATH or ssh-key:PATH) or allow inline secrets explicitly (--allow-inline-secrets)"));
        assertThat(errors.toString()).doesNotContain("hunter2");
    }

    @Test
    void inlineSecretIsAcceptedWithTheExplicitFlagAndMasked() {
        String yaml = BASE.replace("secret: env:SW_PASSWORD", "password: hunter2");
        Site site = SiteLoader.allowingInlineSecrets().parse(FILE, yaml).get();
        assertThat(site.device("sw-1").credentials()).isEqualTo(new CredentialRef.Inline("admin", "hunter2"));
        assertThat(site.toString()).doesNotContain("hunter2");
    }

    @Test
    void credentialReferencesOfEveryKind() {
        String yaml = BASE.replace("    management: 127.0.0.1:9002",
                "    management: 127.0.0.1:9002\n    credentials: { username: ops, secret: \"ssh-key:keys/ops\", passphrase: env:OPS_PASS }")
                .replace("secret: env:SW_PASSWORD", "secret: file:pw.txt");
        Site site = load(yaml).get();
        assertThat(site.device("sw-1").credentials()).isEqualTo(new CredentialRef.File("admin", Path.of("/sites/t/pw.txt")));
        assertThat(site.device("sw-2").credentials()).isEqualTo(
                new CredentialRef.SshKey("ops", Path.of("/sites/t/keys/ops"), java.util.Optional.of("OPS_PASS")));
    }

    @Test
    void missingRequiredKey() {
        String yaml = BASE.replace("    role: core\n", "");
        assertOnlyError(yaml, "model: m8\n    management: 127.0.0.1:9001", "devices.sw-1", "missing required key 'role'");
    }

    @Test
    void yamlSyntaxErrorIsLocatedAndDoesNotQuoteTheLine() {
        String yaml = BASE.replace("  name: t", "  name: t\n   password: [hunter2");
        List<InventoryError> errors = load(yaml).getError().asJava();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).startsWith("not valid YAML: ");
        assertThat(errors.get(0).line()).isEqualTo(3);
        assertThat(errors.get(0).toString()).doesNotContain("hunter2");
    }

    @Test
    void everyErrorOfAFileIsReportedAtOnce() {
        String yaml = BASE
                .replace("    model: m8\n    management: 127.0.0.1:9001", "    model: m8\n    colour: blue\n    management: 127.0.0.1:9001")
                .replace("devices:", "  - { id: 5000, name: big }\ndevices:")
                .replace("eth1-4: { profile: desk }", "eth1-4: { profile: desk }\n      eth9: { vlan: 10 }")
                .replace("secret: env:SW_PASSWORD", "secret: s3cret")
                + "  - { a: \"sw-1:eth8\", b: \"sw-2:eth7\" }\n";
        List<InventoryError> errors = load(yaml).getError().asJava();
        assertThat(errors).containsExactly(
                error(yaml, "s3cret", "defaults.credentials.secret",
                        "inline password refused: write a reference (env:VAR, file:PATH or ssh-key:PATH) or allow inline secrets explicitly (--allow-inline-secrets)"),
                error(yaml, "5000", "vlans[1].id", "VLAN id 5000 is outside 1..4094"),
                error(yaml, "colour: blue", "devices.sw-1.colour",
                        "unknown key 'colour' (expected one of: role, platform, model, management, serial, credentials, known_hosts, ports, port_numbers)"),
                error(yaml, "eth9: {", "devices.sw-2.ports.eth9", "port eth9 is not on hardware model 'm8' of sw-2 (it has eth1..eth8)"),
                error(yaml, "\"sw-1:eth8\", b: \"sw-2:eth7\"", "links[1].a",
                        "port sw-1:eth8 is already used by the link at line 30; a port takes one cable"));
    }

    static Validation<Seq<InventoryError>, Site> load(String yaml) {
        return SiteLoader.defaults().parse(FILE, yaml);
    }

    static void assertOnlyError(String yaml, String at, String path, String message) {
        Validation<Seq<InventoryError>, Site> v = load(yaml);
        assertThat(v.isInvalid()).as("expected an error").isTrue();
        assertThat(v.getError().asJava()).containsExactly(error(yaml, at, path, message));
    }

    /** The error expected at the first occurrence of {@code at} in {@code yaml}. */
    static InventoryError error(String yaml, String at, String path, String message) {
        int offset = yaml.indexOf(at);
        assertThat(offset).as("'%s' occurs in the test YAML", at).isNotNegative();
        int line = (int) yaml.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - yaml.lastIndexOf('\n', offset - 1);
        return new InventoryError(FILE, line, column, path, message);
    }
}
