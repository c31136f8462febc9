package org.switchover.platform.iosxe;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.SchemaHints;
import org.switchover.driver.VlanState;
import org.switchover.platform.DeviceXml;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.OwnedArea.Step;
import org.switchover.platform.OwnedAreaPattern;
import org.switchover.platform.OwnedSubtrees;
import org.switchover.platform.PlatformModel;
import org.switchover.platform.YangData;

/**
 * The Cisco IOS-XE platform, written from Cisco's IOS XE 26.1.1 YANG models and NETCONF
 * documentation: configuration in Cisco-IOS-XE-native (interfaces keyed by type and number, the
 * Cisco-IOS-XE-switch switchport, Cisco-IOS-XE-vlan VLAN table and Cisco-IOS-XE-lldp augments);
 * state from Cisco-IOS-XE-interfaces-oper, -lldp-oper, -vlan-oper and -device-hardware-oper.
 * The push mechanics are the shared ones: a Catalyst has no candidate datastore unless
 * {@code netconf-yang feature candidate-datastore} is configured, so edits usually go to running
 * under switchover's emulated confirmed commit.
 *
 * <p>{@code native} is a Catalyst's whole running configuration (its logins, {@code ip ssh},
 * {@code netconf-yang}, the management interface, routing), so switchover owns only
 * {@link #AREAS} within it: replacing or comparing {@code native} itself would cut a real switch
 * off its management and report everything a template does not mention as drift.
 */
public final class IosXePlatform implements PlatformModel {

    public static final String ID = "iosxe";

    public static final String NATIVE = "http://cisco.com/ns/yang/Cisco-IOS-XE-native";
    static final String SWITCH = "http://cisco.com/ns/yang/Cisco-IOS-XE-switch";
    static final String VLAN = "http://cisco.com/ns/yang/Cisco-IOS-XE-vlan";
    static final String LLDP = "http://cisco.com/ns/yang/Cisco-IOS-XE-lldp";
    static final String IF_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-interfaces-oper";
    static final String LLDP_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-lldp-oper";
    static final String VLAN_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-vlan-oper";
    static final String HW_OPER = "http://cisco.com/ns/yang/Cisco-IOS-XE-device-hardware-oper";

    /** The interface lists of Cisco-IOS-XE-native a switch's ports and logical interfaces use. */
    static final List<String> INTERFACE_TYPES = List.of("Ethernet", "FastEthernet", "GigabitEthernet", "TwoGigabitEthernet",
            "FiveGigabitEthernet", "TenGigabitEthernet", "TwentyFiveGigE", "FortyGigabitEthernet", "FiftyGigabitEthernet",
            "HundredGigE", "TwoHundredGigE", "FourHundredGigE", "AppGigabitEthernet", "Port-channel", "Vlan", "Loopback");

    /** Cisco's model of the IOS-XE NETCONF server's own operations, among them {@code save-config}. */
    static final String CISCO_IA = "http://cisco.com/yang/cisco-ia";

    /**
     * A Catalyst boots its startup configuration, which NETCONF edits of running do not touch, and
     * offers no {@code :startup} datastore: {@code cisco-ia:save-config} is its {@code copy
     * running-config startup-config}, where the device implements cisco-ia.
     */
    @Override
    public java.util.Optional<String> saveRunningRpc(Set<String> namespaces) {
        return namespaces.contains(CISCO_IA) ? java.util.Optional.of("<save-config xmlns=\"" + CISCO_IA + "\"/>") : java.util.Optional.empty();
    }

    private static final ConfigPayload.Subtree ROOT = new ConfigPayload.Subtree(NATIVE, "native");

    /**
     * The areas of {@code native} a golden owns: the hostname; each VLAN entry it renders (never
     * the whole table: VLAN 1 and 1002-1005 cannot be deleted, and a VLAN the site does not model,
     * such as a management or voice VLAN set up by hand, is left alone); each interface entry it
     * renders, one per port of the device in the inventory (never Vlan, Loopback, Port-channel or
     * the management port GigabitEthernet0/0); and {@code lldp run}.
     */
    static final List<OwnedAreaPattern> AREAS = List.of(
            OwnedAreaPattern.fixed(Step.of(NATIVE, "native"), Step.of(NATIVE, "hostname")),
            OwnedAreaPattern.entries("id", Step.of(NATIVE, "native"), Step.of(NATIVE, "vlan"), Step.of(VLAN, "vlan-list")),
            OwnedAreaPattern.entries("name", Step.of(NATIVE, "native"), Step.of(NATIVE, "interface"),
                    Step.of(NATIVE, OwnedAreaPattern.ANY)),
            OwnedAreaPattern.fixed(Step.of(NATIVE, "native"), Step.of(LLDP, "lldp"), Step.of(LLDP, "run")));

    @Override
    public String id() {
        return ID;
    }

    /** The native model and its augments (what the templates write) and the oper models state is read from. */
    @Override
    public List<YangModule> requiredModules() {
        return List.of(
                new YangModule("Cisco-IOS-XE-native", NATIVE),
                new YangModule("Cisco-IOS-XE-switch", SWITCH),
                new YangModule("Cisco-IOS-XE-vlan", VLAN),
                new YangModule("Cisco-IOS-XE-lldp", LLDP),
                new YangModule("Cisco-IOS-XE-interfaces-oper", IF_OPER),
                new YangModule("Cisco-IOS-XE-lldp-oper", LLDP_OPER),
                new YangModule("Cisco-IOS-XE-vlan-oper", VLAN_OPER));
    }

    /** Hardware identity comes from Cisco-IOS-XE-device-hardware-oper when the device has it; else facts lack model and serial. */
    @Override
    public String factsFilter() {
        return "<native xmlns=\"" + NATIVE + "\"><hostname/></native><device-hardware-data xmlns=\"" + HW_OPER + "\"/>"
                + "<interfaces xmlns=\"" + IF_OPER + "\"/>";
    }

    @Override
    public DeviceFacts facts(String device, YangData data) {
        return new IosXeState(device).facts(data);
    }

    @Override
    public String interfacesFilter() {
        return "<interfaces xmlns=\"" + IF_OPER + "\"/><native xmlns=\"" + NATIVE + "\"><interface/></native>";
    }

    @Override
    public List<InterfaceState> interfaces(String device, YangData data) {
        return new IosXeState(device).interfaces(data);
    }

    @Override
    public String vlansFilter() {
        return "<vlans xmlns=\"" + VLAN_OPER + "\"/>";
    }

    @Override
    public List<VlanState> vlans(String device, YangData data) {
        return new IosXeState(device).vlans(data);
    }

    @Override
    public String lldpFilter() {
        return "<lldp-entries xmlns=\"" + LLDP_OPER + "\"/>";
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors(String device, YangData data) {
        return new IosXeState(device).lldpNeighbors(data);
    }

    /** {@code shutdown} set, or removed ({@code no shutdown}), on each port's native interface entry. */
    @Override
    public ConfigPayload portsEnabled(String device, Set<String> ports, boolean enabled) {
        checkArgument(!ports.isEmpty(), "no ports given for %s", device);
        StringBuilder xml = new StringBuilder("<native xmlns=\"" + NATIVE + "\"><interface>");
        for (String port : ImmutableSortedSet.copyOf(ports)) {
            InterfaceName name = InterfaceName.parse(port);
            xml.append('<').append(name.type()).append("><name>").append(DeviceXml.escape(name.number())).append("</name>")
                    .append(enabled ? "<shutdown xmlns:nc=\"" + OwnedSubtrees.NETCONF + "\" nc:operation=\"remove\"/>" : "<shutdown/>")
                    .append("</").append(name.type()).append('>');
        }
        xml.append("</interface></native>");
        return new ConfigPayload(device, xml.toString(), List.of(ROOT));
    }

    /** {@link #AREAS} resolved against {@code payload}; any other top-level subtree it owns stays owned whole. */
    @Override
    public List<OwnedArea> ownedAreas(ConfigPayload payload) {
        List<OwnedArea> out = new ArrayList<>();
        payload.ownedSubtrees().stream().filter(s -> !s.equals(ROOT)).map(OwnedArea::whole).forEach(out::add);
        if (payload.ownedSubtrees().contains(ROOT)) {
            List<org.w3c.dom.Element> top = OwnedSubtrees.topLevel(payload);
            AREAS.forEach(p -> out.addAll(p.in(top)));
        }
        return out;
    }

    @Override
    public SchemaHints schema() {
        return SCHEMA;
    }

    private static final SchemaHints SCHEMA = schemaHints();

    /**
     * Interfaces keyed by name in each type's list, VLANs by id; the defaults a Catalyst leaves out
     * of running: LLDP transmit and receive on, MTU 1500.
     */
    private static SchemaHints schemaHints() {
        SchemaHints.Builder b = SchemaHints.builder()
                .list("/native/vlan/vlan-list", "id")
                .list("/native/username", "name")
                .list("/native/interface/Vlan", "name");
        for (String type : INTERFACE_TYPES) {
            String path = "/native/interface/" + type;
            b.list(path, "name")
                    .defaultValue(path + "/lldp/transmit", "true")
                    .defaultValue(path + "/lldp/receive", "true")
                    .defaultValue(path + "/mtu", "1500");
        }
        return b.build();
    }
}
