package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfException;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.NetconfTimeoutException;
import org.w3c.dom.Element;

/** Oper-status and LLDP read over NETCONF as cabling, config and faults change; the session-level faults. */
class DerivedStateConformanceTest extends LabTestSupport {
    private static final String IF_FILTER = "<interfaces xmlns=\"" + OC_IF + "\"/>";
    private static final String LLDP_FILTER = "<lldp xmlns=\"http://openconfig.net/yang/lldp\"/>";

    private String operStatus(NetconfSession s, String port) {
        return entryText(s.get(Optional.of(IF_FILTER)), "interface", port, "oper-status");
    }

    private String neighbour(NetconfSession s, String port) {
        Element lldp = s.get(Optional.of("<lldp xmlns=\"http://openconfig.net/yang/lldp\"><interfaces><interface><name>" + port
                + "</name></interface></interfaces></lldp>"));
        String name = text(lldp, "system-name");
        return name == null ? "" : name + ":" + text(lldp, "port-id");
    }

    @Test
    void operStatusAndLldpFollowTheCabling() {
        NetconfSession a = open("a");
        assertThat(operStatus(a, "Ethernet1")).isEqualTo("UP");
        assertThat(neighbour(a, "Ethernet1")).isEqualTo("core-b:Ethernet2");
        assertThat(neighbour(a, "Ethernet3")).isEqualTo("access-c:Ethernet1");

        lab.unplug(Topology.Endpoint.parse("a:Ethernet1"));
        assertThat(operStatus(a, "Ethernet1")).isEqualTo("DOWN");
        assertThat(neighbour(a, "Ethernet1")).isEmpty();

        lab.plug(Topology.Endpoint.parse("a:Ethernet1"), Topology.Endpoint.parse("b:Ethernet5"));
        assertThat(neighbour(a, "Ethernet1")).as("mis-cabled to another port").isEqualTo("core-b:Ethernet5");

        lab.failPort(Topology.Endpoint.parse("a:Ethernet1"), true);
        assertThat(operStatus(a, "Ethernet1")).isEqualTo("DOWN");
    }

    @Test
    void adminDisableOnTheFarSwitchTakesTheLinkDownAndHostnameChangesReachLldp() {
        NetconfSession a = open("a");
        NetconfSession b = open("b");
        b.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("core-b-new")));
        b.commit();
        assertThat(neighbour(a, "Ethernet1")).isEqualTo("core-b-new:Ethernet2");
        b.editConfig(EditConfig.of(Datastore.CANDIDATE, "<interfaces xmlns=\"" + OC_IF + "\"><interface><name>Ethernet2</name>"
                + "<config><enabled>false</enabled></config></interface></interfaces>"));
        b.commit();
        assertThat(operStatus(a, "Ethernet1")).isEqualTo("DOWN");
        assertThat(entryText(b.get(Optional.of(IF_FILTER)), "interface", "Ethernet2", "admin-status")).isEqualTo("DOWN");
    }

    @Test
    void powerOffDropsSessionsAndLinksAndPowerOnBootsFromStartup() throws Exception {
        NetconfSession a = open("a");
        NetconfSession b = open("b");
        b.editConfig(EditConfig.of(Datastore.RUNNING, hostnamePayload("unsaved")));
        lab.powerOff("b");
        await(Duration.ofSeconds(5), "b's session to drop", () -> !b.isOpen());
        assertThat(operStatus(a, "Ethernet1")).isEqualTo("DOWN");
        assertThatThrownBy(() -> open("b")).isInstanceOf(NetconfException.class);
        lab.powerOn("b");
        NetconfSession b2 = open("b");
        assertThat(runningHostname(b2)).isEqualTo("core-b");
        assertThat(neighbour(a, "Ethernet1")).isEqualTo("core-b:Ethernet2");
    }

    @Test
    void vlanMembershipComesFromPortConfig() {
        NetconfSession a = open("a");
        a.editConfig(EditConfig.of(Datastore.CANDIDATE,
                "<network-instances xmlns=\"http://openconfig.net/yang/network-instance\"><network-instance><name>default</name>"
                        + "<config><name>default</name><type xmlns:oc-ni-types=\"http://openconfig.net/yang/network-instance-types\">oc-ni-types:DEFAULT_INSTANCE</type></config>"
                        + "<vlans><vlan><vlan-id>20</vlan-id><config><vlan-id>20</vlan-id><name>staff</name></config></vlan></vlans>"
                        + "</network-instance></network-instances>"
                        + "<interfaces xmlns=\"" + OC_IF + "\"><interface><name>Ethernet3</name><ethernet xmlns=\"http://openconfig.net/yang/interfaces/ethernet\">"
                        + "<switched-vlan xmlns=\"http://openconfig.net/yang/vlan\"><config><interface-mode>TRUNK</interface-mode>"
                        + "<trunk-vlans>10..30</trunk-vlans></config></switched-vlan></ethernet></interface></interfaces>"));
        a.commit();
        Element vlans = a.get(Optional.of("<network-instances xmlns=\"http://openconfig.net/yang/network-instance\"/>"));
        assertThat(texts(vlans, "interface")).containsExactly("Ethernet3");
        assertThat(text(vlans, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void delayedRepliesTimeOutAndDroppedSessionsAreDetected() {
        NetconfSession a = open(options("a").withRpcTimeout(Duration.ofMillis(300)));
        lab.delayReplies("a", Duration.ofSeconds(1));
        assertThatThrownBy(() -> a.get(Optional.of(LLDP_FILTER))).isInstanceOf(NetconfTimeoutException.class);
        lab.delayReplies("a", Duration.ZERO);

        NetconfSession b = open("b");
        lab.dropSessionAfter("b", 1);
        b.getConfig(Datastore.RUNNING, Optional.empty());
        assertThatThrownBy(() -> b.getConfig(Datastore.RUNNING, Optional.empty())).isInstanceOf(NetconfException.class);
        await(Duration.ofSeconds(5), "b's session to be gone", () -> !b.isOpen());
        assertThat(runningHostname(open("b"))).isEqualTo("core-b");
    }

    @Test
    void lockHeldByAnotherSessionIsReportedAndKillable() {
        long holder = lab.holdLock("a", Datastore.CANDIDATE);
        NetconfSession a = open("a");
        assertThat(rpcError(() -> a.lock(Datastore.CANDIDATE)).info()).containsEntry("session-id", Long.toString(holder));
        a.killSession(holder);
        a.lock(Datastore.CANDIDATE);
    }
}
