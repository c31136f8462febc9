package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.Capabilities;
import org.switchover.platform.ietf.IetfPlatform;
import org.switchover.platform.openconfig.OpenConfigPlatform;

class ModuleCheckTest {

    private static final Set<String> OPENCONFIG_HELLO = Set.of(
            Capabilities.BASE_10, Capabilities.BASE_11, Capabilities.CANDIDATE, Capabilities.CONFIRMED_COMMIT_11,
            "http://openconfig.net/yang/interfaces?module=openconfig-interfaces&revision=2026-01-06",
            "http://openconfig.net/yang/interfaces/ethernet?module=openconfig-if-ethernet&revision=2026-06-22",
            "http://openconfig.net/yang/vlan?module=openconfig-vlan&revision=2023-02-07",
            "http://openconfig.net/yang/lldp?module=openconfig-lldp",
            "http://openconfig.net/yang/system?revision=2026-03-31&module=openconfig-system");

    @Test
    void anOpenConfigHelloFitsOpenConfigAndNotIetf() {
        Capabilities caps = new Capabilities(OPENCONFIG_HELLO);
        assertThat(ModuleCheck.missing(new OpenConfigPlatform(), caps, Set.of())).isEmpty();
        assertThat(ModuleCheck.missing(new IetfPlatform(), caps, Set.of())).containsExactly(
                "YANG module ietf-interfaces (urn:ietf:params:xml:ns:yang:ietf-interfaces)",
                "YANG module ieee802-dot1q-bridge (urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge)",
                "YANG module ieee802-dot1ab-lldp (urn:ieee:std:802.1AB:yang:ieee802-dot1ab-lldp)",
                "YANG module ietf-system (urn:ietf:params:xml:ns:yang:ietf-system)");
    }

    @Test
    void yang11ModulesMayComeFromTheYangLibraryOnly() {
        Capabilities caps = new Capabilities(Set.of(Capabilities.BASE_11, Capabilities.WRITABLE_RUNNING,
                "urn:ietf:params:netconf:capability:yang-library:1.1?revision=2019-01-04&content-id=1"));
        assertThat(ModuleCheck.advertisesYangLibrary(caps)).isTrue();
        String lib = "<data xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
                + "<yang-library xmlns=\"urn:ietf:params:xml:ns:yang:ietf-yang-library\"><module-set><name>all</name>"
                + module("ietf-interfaces") + module("ietf-system") + module("ieee802-dot1q-bridge")
                + "</module-set></yang-library>"
                + "<modules-state xmlns=\"urn:ietf:params:xml:ns:yang:ietf-yang-library\">" + module("ieee802-dot1ab-lldp")
                + "</modules-state></data>";
        Set<String> modules = ModuleCheck.libraryModules(Fixtures.xml(lib).element());
        assertThat(modules).containsExactlyInAnyOrder("ietf-interfaces", "ietf-system", "ieee802-dot1q-bridge", "ieee802-dot1ab-lldp");
        assertThat(ModuleCheck.missing(new IetfPlatform(), caps, modules)).isEmpty();
    }

    @Test
    void aReadOnlyDeviceIsRefused() {
        Set<String> uris = new HashSet<>(OPENCONFIG_HELLO);
        uris.remove(Capabilities.CANDIDATE);
        List<String> missing = ModuleCheck.missing(new OpenConfigPlatform(), new Capabilities(uris), Set.of());
        assertThat(missing).containsExactly("a writable datastore (:candidate or :writable-running)");
    }

    @Test
    void fallbacksFollowTheCapabilities() {
        DatastoreSupport full = DatastoreSupport.of(new Capabilities(OPENCONFIG_HELLO));
        assertThat(full).isEqualTo(new DatastoreSupport(true, true, true, false, false, false));
        DatastoreSupport plain = DatastoreSupport.of(new Capabilities(Set.of(Capabilities.BASE_10,
                Capabilities.WRITABLE_RUNNING, Capabilities.ROLLBACK_ON_ERROR, Capabilities.CONFIRMED_COMMIT_10)));
        assertThat(plain).isEqualTo(new DatastoreSupport(false, true, false, false, true, true));
    }

    private static String module(String name) {
        return "<module><name>" + name + "</name></module>";
    }
}
