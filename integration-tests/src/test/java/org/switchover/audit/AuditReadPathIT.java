package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.inventory.Device;
import org.switchover.lab.Topology;
import org.switchover.audit.AuditFinding;
import org.switchover.audit.AuditFindingKind;
import org.switchover.audit.AuditNetconfConnector;
import org.switchover.audit.AuditStateCheck;
import org.switchover.workflow.access.CredentialResolver;

/**
 * The audit reads each device's state with a filter narrowed to the leaves its checks use. On the
 * city site with state drift of every kind injected on both platforms, the findings from that
 * narrowed read are exactly those from reading the whole interface, VLAN, hardware and LLDP
 * subtrees, device by device.
 */
class AuditReadPathIT {

    private static final String OC_INTERFACES = "http://openconfig.net/yang/interfaces";
    private static final String OC_ETHERNET = "http://openconfig.net/yang/interfaces/ethernet";
    private static final String OC_VLAN = "http://openconfig.net/yang/vlan";
    private static final String IETF_INTERFACES = "urn:ietf:params:xml:ns:yang:ietf-interfaces";

    @TempDir
    Path dir;

    private AuditLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"));
    }

    @AfterEach
    void stop() {
        if (lab != null) lab.close();
    }

    @Test
    void narrowedStateReadsFindExactlyWhatFullReadsFind() {
        injectStateDrift();
        AuditNetconfConnector connector = new AuditNetconfConnector(CredentialResolver.system(), Clock.systemUTC());
        Map<String, List<AuditFinding>> narrowed = new LinkedHashMap<>();
        Map<String, List<AuditFinding>> full = new LinkedHashMap<>();
        for (Device d : lab.site.devices().values()) {
            try (PlatformDriver driver = connector.open(d, Duration.ofSeconds(30))) {
                PortsAndNeighbors read = driver.portsAndNeighbors();
                // the lab publishes its bridge port numbers: a narrowed read that lost them would leave port-refs uninterpreted
                assertThat(read.uninterpreted()).as(d.name()).isEmpty();
                narrowed.put(d.name(), AuditStateCheck.findings(lab.site, d, read));
                full.put(d.name(), AuditStateCheck.findings(lab.site, d, new PortsAndNeighbors(driver.interfaces(), driver.lldpNeighbors())));
            }
        }
        assertThat(narrowed).isEqualTo(full);
        // the drift is there to be found, on both platforms, so equal cannot mean equally blind
        assertThat(kinds(narrowed, "acc-1")).contains(AuditFindingKind.VLAN_MEMBERSHIP);
        assertThat(kinds(narrowed, "acc-2")).contains(AuditFindingKind.PORT_DOWN);
        assertThat(kinds(narrowed, "acc-3")).contains(AuditFindingKind.CABLING, AuditFindingKind.PORT_DOWN);
        assertThat(kinds(narrowed, "acc-5")).contains(AuditFindingKind.PORT_DOWN);
        assertThat(kinds(narrowed, "acc-7")).contains(AuditFindingKind.VLAN_MEMBERSHIP);
        assertThat(kinds(narrowed, "dist-3")).contains(AuditFindingKind.PORT_DOWN);
        assertThat(kinds(narrowed, "acc-8")).contains(AuditFindingKind.CABLING);
    }

    private static Set<AuditFindingKind> kinds(Map<String, List<AuditFinding>> findings, String device) {
        return findings.get(device).stream().map(AuditFinding::kind).collect(Collectors.toSet());
    }

    private void injectStateDrift() {
        // openconfig: a desk port moved to another VLAN, an uplink shut
        change("acc-1", "<interfaces xmlns=\"" + OC_INTERFACES + "\"><interface><name>eth2</name><ethernet xmlns=\"" + OC_ETHERNET + "\">"
                + "<switched-vlan xmlns=\"" + OC_VLAN + "\"><config><interface-mode>ACCESS</interface-mode><access-vlan>200</access-vlan>"
                + "</config></switched-vlan></ethernet></interface></interfaces>");
        change("acc-2", "<interfaces xmlns=\"" + OC_INTERFACES + "\"><interface><name>up1</name><config><enabled>false</enabled></config>"
                + "</interface></interfaces>");
        // ietf: a desk port shut, a desk port given another PVID
        change("acc-5", "<interfaces xmlns=\"" + IETF_INTERFACES + "\"><interface><name>eth3</name><enabled>false</enabled></interface></interfaces>");
        change("acc-7", "<interfaces xmlns=\"" + IETF_INTERFACES + "\"><interface><name>eth4</name>"
                + "<bridge-port xmlns=\"urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge\"><pvid>300</pvid></bridge-port></interface></interfaces>");
        // cabling: an openconfig uplink moved to a desk port; an ietf uplink's hardware failed; an ietf uplink unplugged
        lab.lab.move(new Topology.Endpoint("acc-3", "up1"), new Topology.Endpoint("acc-3", "eth1"));
        lab.lab.failPort(new Topology.Endpoint("dist-3", "up1"), true);
        lab.lab.move(new Topology.Endpoint("acc-8", "up2"), new Topology.Endpoint("acc-8", "eth1"));
    }

    /** A merge committed behind the audit's back, as an engineer at the console would. */
    private void change(String device, String xml) {
        AuditNetconfConnector connector = new AuditNetconfConnector(CredentialResolver.system(), Clock.systemUTC());
        try (PlatformDriver driver = connector.open(lab.site.device(device), Duration.ofSeconds(30))) {
            String root = xml.substring(1, xml.indexOf(' '));
            String ns = xml.substring(xml.indexOf("xmlns=\"") + 7, xml.indexOf('"', xml.indexOf("xmlns=\"") + 7));
            driver.loadCandidate(new ConfigPayload(device, xml, List.of(new ConfigPayload.Subtree(ns, root))), LoadMode.MERGE);
            driver.commitConfirmed(Duration.ofSeconds(120), "drift-" + device);
            driver.confirm("drift-" + device);
        }
    }
}
