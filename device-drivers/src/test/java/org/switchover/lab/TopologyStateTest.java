package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchover.lab.LabFixtures.ocNeighbour;
import static org.switchover.lab.LabFixtures.ocOperStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.lab.config.CommitRequest;
import org.switchover.lab.config.EditRequest;
import org.switchover.lab.config.XmlNode;
import org.switchover.lab.config.XmlReader;
import org.switchover.netconf.Datastore;

class TopologyStateTest {
    @TempDir Path dir;
    private Lab lab;

    @BeforeEach
    void start() throws Exception {
        lab = Lab.start(LabFixtures.pair(dir));
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private XmlNode data(String sw) {
        return lab.get(sw).operationalData();
    }

    @Test
    void cabledEnabledPortsAreUpAndHearEachOther() {
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("UP");
        assertThat(ocOperStatus(data("b"), "Ethernet2")).isEqualTo("UP");
        assertThat(ocNeighbour(data("a"), "Ethernet1")).isEqualTo("core-b:Ethernet2");
        assertThat(ocNeighbour(data("b"), "Ethernet2")).isEqualTo("core-a:Ethernet1");
        assertThat(ocOperStatus(data("a"), "Ethernet5")).as("uncabled").isEqualTo("DOWN");
    }

    @Test
    void farPortDisabledInConfigTakesTheLinkDown() {
        lab.get("b").store().editConfig(1, EditRequest.merge(Datastore.RUNNING, XmlReader.parseConfig(
                "<interfaces xmlns=\"http://openconfig.net/yang/interfaces\"><interface><name>Ethernet2</name><config><enabled>false</enabled></config></interface></interfaces>", "t")));
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("DOWN");
        assertThat(ocNeighbour(data("a"), "Ethernet1")).isEmpty();
    }

    @Test
    void adminStateAlreadyReadFollowsEveryChangeOfRunning() {
        String disable = "<interfaces xmlns=\"http://openconfig.net/yang/interfaces\"><interface><name>Ethernet2</name><config>"
                + "<enabled>false</enabled></config></interface></interfaces>";
        assertThat(lab.get("b").adminEnabled("Ethernet2")).isTrue();
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("UP");
        lab.get("b").store().editConfig(1, EditRequest.merge(Datastore.CANDIDATE, XmlReader.parseConfig(disable, "t")));
        assertThat(lab.get("b").adminEnabled("Ethernet2")).as("candidate only").isTrue();
        lab.get("b").store().commit(1, new CommitRequest(true, Duration.ofMinutes(5),
                Optional.empty(), Optional.empty()));
        assertThat(lab.get("b").adminEnabled("Ethernet2")).as("committed").isFalse();
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("DOWN");
        lab.get("b").store().cancelCommit(1, Optional.empty());
        assertThat(lab.get("b").adminEnabled("Ethernet2")).as("rolled back to the tree read first").isTrue();
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("UP");
    }

    @Test
    void neighbourNameFollowsTheFarSwitchsConfiguredHostname() {
        lab.get("b").store().editConfig(1, EditRequest.merge(Datastore.RUNNING, XmlReader.parseConfig(
                "<system xmlns=\"http://openconfig.net/yang/system\"><config><hostname>renamed</hostname></config></system>", "t")));
        assertThat(ocNeighbour(data("a"), "Ethernet1")).isEqualTo("renamed:Ethernet2");
    }

    @Test
    void powerUnplugMoveAndPortFailureChangeDerivedState() throws Exception {
        lab.powerOff("b");
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("DOWN");
        lab.powerOn("b");
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("UP");

        lab.failPort(Topology.Endpoint.parse("b:Ethernet2"), true);
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("DOWN");
        lab.failPort(Topology.Endpoint.parse("b:Ethernet2"), false);

        lab.unplug(Topology.Endpoint.parse("a:Ethernet1"));
        assertThat(ocOperStatus(data("a"), "Ethernet1")).isEqualTo("DOWN");
        lab.plug(Topology.Endpoint.parse("a:Ethernet1"), Topology.Endpoint.parse("b:Ethernet2"));
        assertThat(ocNeighbour(data("a"), "Ethernet1")).isEqualTo("core-b:Ethernet2");

        // mis-cabling: the cable from a:Ethernet1 now lands on b:Ethernet4, which is not configured (enabled by default)
        lab.move(Topology.Endpoint.parse("b:Ethernet2"), Topology.Endpoint.parse("b:Ethernet4"));
        assertThat(ocNeighbour(data("a"), "Ethernet1")).isEqualTo("core-b:Ethernet4");
        assertThat(ocOperStatus(data("b"), "Ethernet2")).isEqualTo("DOWN");
    }

    @Test
    void ietfSwitchReportsStateInIetfModels() {
        XmlNode c = data("c");
        XmlNode itf = c.child("interfaces").orElseThrow().children("interface").stream()
                .filter(i -> i.childText("name").orElse("").equals("Ethernet1")).findFirst().orElseThrow();
        assertThat(itf.childText("oper-status")).contains("up");
        XmlNode remote = c.child("lldp").orElseThrow().children("port").stream()
                .filter(p -> p.childText("name").orElse("").equals("Ethernet1")).findFirst().orElseThrow()
                .child("remote-systems-data").orElseThrow();
        assertThat(remote.childText("system-name")).contains("core-a");
        assertThat(remote.childText("port-id")).contains("Ethernet3");
        assertThat(c.path("hardware").orElseThrow().children("component")).hasSize(1 + LabFixtures.MODEL.ports().size());
        assertThat(c.path("system-state", "platform", "machine").map(XmlNode::text)).contains("LAB-8");
    }

    @Test
    void cablingMistakesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> lab.plug(Topology.Endpoint.parse("a:Ethernet1"), Topology.Endpoint.parse("b:Ethernet5")))
                .hasMessageContaining("a:Ethernet1 is already cabled to b:Ethernet2");
        assertThatThrownBy(() -> lab.plug(Topology.Endpoint.parse("a:Ethernet9"), Topology.Endpoint.parse("b:Ethernet5")))
                .hasMessageContaining("has no port 'Ethernet9'");
        assertThat(lab.topology().cabledTo(Topology.Endpoint.parse("b:Ethernet2"))).isEqualTo(Optional.of(Topology.Endpoint.parse("a:Ethernet1")));
    }

    @Test
    void rackingASpareMovesEveryCableOfTheOldSwitchToTheSamePortOrRefusesWithNothingMoved() throws Exception {
        assertThatThrownBy(() -> lab.rack("c", "a")).hasMessageContaining("c:Ethernet1 is already cabled to a:Ethernet3");
        assertThat(lab.topology().cabledTo(Topology.Endpoint.parse("a:Ethernet1"))).contains(Topology.Endpoint.parse("b:Ethernet2"));

        lab.unplug(Topology.Endpoint.parse("a:Ethernet1"));
        String said = FaultCommand.apply(lab, "rack b a");

        assertThat(said).isEqualTo("racked b as a: 1 cable(s) moved to Ethernet3");
        assertThat(lab.topology().cabledTo(Topology.Endpoint.parse("b:Ethernet3"))).contains(Topology.Endpoint.parse("c:Ethernet1"));
        assertThat(lab.topology().cabledTo(Topology.Endpoint.parse("a:Ethernet3"))).isEmpty();
        assertThat(ocNeighbour(data("b"), "Ethernet3")).isEqualTo("access-c:Ethernet1");
    }
}
