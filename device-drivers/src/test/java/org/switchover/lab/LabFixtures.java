package org.switchover.lab;

import java.nio.file.Path;
import java.util.List;
import org.switchover.lab.config.XmlNode;

/** Small labs and payloads for tests: openconfig and ietf switches with a hostname and a few ports. */
public final class LabFixtures {
    public static final SwitchModel MODEL = SwitchModel.numbered("LAB-8", "Ethernet", 8);
    public static final SwitchCredentials ADMIN = SwitchCredentials.password("admin", "lab-secret");
    public static final String IANAIFT = "xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\"";

    private LabFixtures() {}

    public static String ocSwitch(String hostname, String... enabledPorts) {
        StringBuilder s = new StringBuilder("<system xmlns=\"http://openconfig.net/yang/system\"><config><hostname>")
                .append(hostname).append("</hostname></config></system><interfaces xmlns=\"http://openconfig.net/yang/interfaces\">");
        for (String p : enabledPorts) s.append(ocInterface(p, true));
        return s.append("</interfaces>").toString();
    }

    public static String ocInterface(String port, boolean enabled) {
        return "<interface><name>" + port + "</name><config><name>" + port + "</name><type " + IANAIFT
                + ">ianaift:ethernetCsmacd</type><enabled>" + enabled + "</enabled></config></interface>";
    }

    public static String ietfSwitch(String hostname, String... enabledPorts) {
        StringBuilder s = new StringBuilder("<system xmlns=\"urn:ietf:params:xml:ns:yang:ietf-system\"><hostname>")
                .append(hostname).append("</hostname></system><interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">");
        for (String p : enabledPorts) {
            s.append("<interface><name>").append(p).append("</name><type ").append(IANAIFT)
                    .append(">ianaift:ethernetCsmacd</type><enabled>true</enabled></interface>");
        }
        return s.append("</interfaces>").toString();
    }

    /** Two openconfig switches a (hostname core-a) and b (core-b), cabled a:Ethernet1 to b:Ethernet2, plus an ietf switch c. */
    public static LabSpec pair(Path dir) {
        return new LabSpec(dir, List.of(
                LabSpec.SwitchSpec.of("a", SwitchPlatform.OPENCONFIG, MODEL, ocSwitch("core-a", "Ethernet1", "Ethernet3"), ADMIN),
                LabSpec.SwitchSpec.of("b", SwitchPlatform.OPENCONFIG, MODEL, ocSwitch("core-b", "Ethernet2"), ADMIN),
                LabSpec.SwitchSpec.of("c", SwitchPlatform.IETF, MODEL, ietfSwitch("access-c", "Ethernet1"), ADMIN)),
                List.of(LabSpec.CableSpec.parse("a:Ethernet1", "b:Ethernet2"), LabSpec.CableSpec.parse("a:Ethernet3", "c:Ethernet1")));
    }

    /** The openconfig oper-status of {@code port} in {@code data}. */
    public static String ocOperStatus(XmlNode data, String port) {
        return data.child("interfaces").orElseThrow().children("interface").stream()
                .filter(i -> i.childText("name").orElse("").equals(port)).findFirst()
                .flatMap(i -> i.path("state", "oper-status")).map(XmlNode::text).orElseThrow();
    }

    /** The openconfig LLDP neighbour (system-name:port-id) on {@code port}, or empty. */
    public static String ocNeighbour(XmlNode data, String port) {
        return data.child("lldp").orElseThrow().path("interfaces").orElseThrow().children("interface").stream()
                .filter(i -> i.childText("name").orElse("").equals(port)).findFirst()
                .flatMap(i -> i.path("neighbors", "neighbor", "state"))
                .map(s -> s.childText("system-name").orElse("") + ":" + s.childText("port-id").orElse("")).orElse("");
    }
}
