package org.switchover.platform.iosxe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.Capabilities;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.ModuleCheck;
import org.switchover.platform.openconfig.OpenConfigPlatform;

/** An IOS-XE device is recognised from its hello or from its YANG library alone, and told apart from the generic platforms. */
class IosXeRecognitionTest {

    private static final Set<String> MODULES = Set.of("Cisco-IOS-XE-native", "Cisco-IOS-XE-switch", "Cisco-IOS-XE-vlan",
            "Cisco-IOS-XE-lldp", "Cisco-IOS-XE-interfaces-oper", "Cisco-IOS-XE-lldp-oper", "Cisco-IOS-XE-vlan-oper");

    @Test
    void aCatalystHelloListsTheNativeModulesAndFitsIosXeOnly() {
        Set<String> uris = MODULES.stream().map(m -> "http://cisco.com/ns/yang/" + m + "?module=" + m + "&revision=2026-02-01")
                .collect(Collectors.toSet());
        uris.addAll(Set.of(Capabilities.BASE_10, Capabilities.BASE_11, Capabilities.WRITABLE_RUNNING, Capabilities.ROLLBACK_ON_ERROR));
        Capabilities caps = new Capabilities(uris);
        assertThat(ModuleCheck.missing(new IosXePlatform(), caps, Set.of())).isEmpty();
        assertThat(ModuleCheck.missing(new OpenConfigPlatform(), caps, Set.of())).isNotEmpty();
    }

    @Test
    void theYangLibraryAloneIsEnough() {
        Capabilities caps = new Capabilities(Set.of(Capabilities.BASE_11, Capabilities.WRITABLE_RUNNING,
                Capabilities.YANG_LIBRARY_10 + "?revision=2016-06-21&module-set-id=abc"));
        String lib = "<data xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><modules-state xmlns=\"urn:ietf:params:xml:ns:yang:ietf-yang-library\">"
                + MODULES.stream().map(m -> "<module><name>" + m + "</name><namespace>http://cisco.com/ns/yang/" + m + "</namespace></module>")
                        .collect(Collectors.joining())
                + "</modules-state></data>";
        Set<String> modules = ModuleCheck.libraryModules(DeviceXml.parse(lib, "test"));
        assertThat(ModuleCheck.missing(new IosXePlatform(), caps, modules)).isEmpty();
        assertThat(ModuleCheck.missing(new IosXePlatform(), caps, Set.of("Cisco-IOS-XE-native")))
                .contains("YANG module Cisco-IOS-XE-interfaces-oper (http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper)");
    }
}
