package org.switchover.platform.eos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.SchemaHints;
import org.switchover.driver.VlanState;
import org.switchover.platform.OwnedArea;
import org.switchover.platform.PlatformModel;
import org.switchover.platform.YangData;
import org.switchover.platform.openconfig.OpenConfigPlatform;

/**
 * Arista EOS: OpenConfig as EOS implements it (EOS 4.36.1F models with Arista's deviations).
 * Where EOS matches OpenConfig the reads are the openconfig platform's; where Arista deviates:
 * <ul>
 * <li>recognition: a device is EOS when it announces Arista's deviation modules
 *     ({@code arista-intf-deviations} at least) in its hello or YANG library;
 * <li>the VLAN table lives in the default network instance, so openconfig-network-instance is
 *     required; the templates declare {@code network-instances}, of which a payload owns only the
 *     VLAN entries it renders in {@code default}: EOS keeps its management VRF ({@code MGMT}) in
 *     the same list, and {@code Management1}, AAA, users and ssh-server under the other top-level
 *     elements, which are narrowed as the openconfig platform narrows them;
 * <li>{@code switched-vlan/state} is not supported (arista-interfaces-notsupported-deviations): a
 *     port's VLAN mode and members are read from its {@code switched-vlan/config};
 * <li>Arista removed the defaults of {@code auto-negotiate} and {@code enable-flow-control}
 *     ("different interfaces may have different default values"), so the structural diff treats
 *     those leaves as plain values, never as defaults;
 * <li>{@code lldp/interfaces/interface/config/enabled} is a union (boolean, TRANSMIT, RECEIVE);
 *     LLDP neighbours are read as OpenConfig has them.
 * </ul>
 * Candidate, confirmed commit, persist and validate follow what the hello announces (see
 * {@code ConfigPush}); no vendor RPC is needed.
 */
public final class EosPlatform implements PlatformModel {

    public static final String ID = "eos";
    /** The deviation module every EOS release with OpenConfig announces; its presence is how an EOS device is told apart. */
    public static final String SIGNATURE_MODULE = "arista-intf-deviations";
    public static final String ARISTA_INTF_DEVIATIONS = "http://arista.com/yang/openconfig/interfaces/deviations";

    private final OpenConfigPlatform openconfig = new OpenConfigPlatform();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<YangModule> requiredModules() {
        return List.of(
                new YangModule("openconfig-interfaces", OpenConfigPlatform.INTERFACES),
                new YangModule("openconfig-if-ethernet", OpenConfigPlatform.ETHERNET),
                new YangModule("openconfig-vlan", OpenConfigPlatform.VLAN),
                new YangModule("openconfig-network-instance", OpenConfigPlatform.NETWORK_INSTANCE),
                new YangModule("openconfig-lldp", OpenConfigPlatform.LLDP),
                new YangModule("openconfig-system", OpenConfigPlatform.SYSTEM),
                new YangModule(SIGNATURE_MODULE, ARISTA_INTF_DEVIATIONS));
    }

    @Override
    public String factsFilter() {
        return openconfig.factsFilter();
    }

    @Override
    public DeviceFacts facts(String device, YangData data) {
        return openconfig.facts(device, data);
    }

    @Override
    public String interfacesFilter() {
        return openconfig.interfacesFilter();
    }

    /** The openconfig reading: with switched-vlan/state unsupported on EOS, it falls back to switched-vlan/config. */
    @Override
    public List<InterfaceState> interfaces(String device, YangData data) {
        return openconfig.interfaces(device, data);
    }

    @Override
    public String vlansFilter() {
        return openconfig.vlansFilter();
    }

    @Override
    public List<VlanState> vlans(String device, YangData data) {
        return openconfig.vlans(device, data);
    }

    @Override
    public String lldpFilter() {
        return openconfig.lldpFilter();
    }

    @Override
    public List<LldpNeighbor> lldpNeighbors(String device, YangData data) {
        return openconfig.lldpNeighbors(device, data);
    }

    /** The openconfig platform's areas: Arista keeps the same paths, VLANs in the default instance included. */
    @Override
    public List<OwnedArea> ownedAreas(ConfigPayload payload) {
        return openconfig.ownedAreas(payload);
    }

    @Override
    public ConfigPayload portsEnabled(String device, Set<String> ports, boolean enabled) {
        return openconfig.portsEnabled(device, ports, enabled);
    }

    @Override
    public SchemaHints schema() {
        return SCHEMA;
    }

    /** The openconfig hints without the defaults arista-intf-deviations deletes. */
    private static final SchemaHints SCHEMA = withoutDefaults(new OpenConfigPlatform().schema(), Set.of(
            "/interfaces/interface/ethernet/config/auto-negotiate",
            "/interfaces/interface/ethernet/config/enable-flow-control"));

    private static SchemaHints withoutDefaults(SchemaHints hints, Set<String> deleted) {
        Map<String, String> defaults = new HashMap<>(hints.defaults());
        defaults.keySet().removeAll(deleted);
        return new SchemaHints(hints.listKeys(), hints.leafLists(), defaults);
    }
}
