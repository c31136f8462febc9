package org.switchover.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.SchemaHints;
import org.switchover.driver.UninterpretedData;
import org.switchover.driver.VlanState;

/**
 * What one platform knows about its YANG models: which modules a device must implement, where
 * facts and state live, how to read them into neutral records, how to ask for a port's admin
 * state, and the schema facts a structural diff needs. Implementations are pure: they take and
 * return data, and {@link NetconfDriver} does the talking.
 */
public interface PlatformModel {

    /** The platform id as the inventory names it ("openconfig", "ietf"). */
    String id();

    /** The YANG modules a device of this platform must implement. */
    List<YangModule> requiredModules();

    /** The subtree filter content (for {@code <get>}) that selects what {@link #facts} reads. */
    String factsFilter();

    DeviceFacts facts(String device, YangData data);

    /** The subtree filter content that selects what {@link #interfaces} reads. */
    String interfacesFilter();

    List<InterfaceState> interfaces(String device, YangData data);

    /**
     * Leaves of {@code data} (read with {@link #interfacesFilter}) that {@link #interfaces} could not
     * interpret and so left out; empty when everything was understood.
     */
    default List<UninterpretedData> uninterpreted(String device, YangData data) {
        return List.of();
    }

    String vlansFilter();

    List<VlanState> vlans(String device, YangData data);

    String lldpFilter();

    List<LldpNeighbor> lldpNeighbors(String device, YangData data);

    /**
     * The subtree filter content of one read that {@link #interfaces} and {@link #lldpNeighbors}
     * can both parse: what an audit asks each device for.
     */
    default String portsAndNeighborsFilter() {
        return interfacesFilter() + lldpFilter();
    }

    /** A merge payload that sets the admin state of {@code ports}, owning the interfaces subtree. */
    ConfigPayload portsEnabled(String device, Set<String> ports, boolean enabled);

    /**
     * The vendor RPC that saves running as the configuration the device boots with, for a device
     * without RFC 6241's {@code :startup} whose running does not survive a reload; {@code namespaces}
     * are the modules the device advertises. Empty: running is what boots.
     */
    default Optional<String> saveRunningRpc(Set<String> namespaces) {
        return Optional.empty();
    }

    /**
     * What {@code payload} owns on the device: by default each of its owned subtrees whole. A
     * platform whose top-level element is the device's whole configuration (IOS-XE's
     * {@code native}) narrows it to the areas its templates render, so that nothing else of the
     * device is replaced, restored or compared.
     */
    default List<OwnedArea> ownedAreas(ConfigPayload payload) {
        return OwnedArea.whole(payload.ownedSubtrees());
    }

    /** List keys, leaf-lists and defaults of this platform's configuration, for the structural diff. */
    SchemaHints schema();

    /** A YANG module by name and namespace. */
    record YangModule(String name, String namespace) {}
}
